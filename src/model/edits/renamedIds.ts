// Which claims and links one edit renamed: an edit that renames keeps each one in its place in the lists, under another id.
import type { ArgumentMap } from '../schema.ts';

export interface Renamed {
  claims: ReadonlyMap<string, string>;
  relations: ReadonlyMap<string, string>;
}

export const NOTHING_RENAMED: Renamed = { claims: new Map(), relations: new Map() };

/** Old id → new id for the items at the same place in both lists whose id changed and whose old id is gone (lists of one length only). */
function renamedIn(before: readonly { id: string }[], after: readonly { id: string }[]): Map<string, string> {
  const renamed = new Map<string, string>();
  if (before.length !== after.length) return renamed;
  for (const [i, item] of before.entries()) {
    const now = after[i]?.id;
    if (now !== undefined && now !== item.id) renamed.set(item.id, now);
  }
  if (renamed.size === 0) return renamed;
  // Items that moved place (a deletion and an addition) are not renames: their old ids are still there.
  const still = new Set(after.map((item) => item.id));
  const was = new Set(before.map((item) => item.id));
  for (const [from, to] of renamed) if (still.has(from) || was.has(to)) return new Map();
  return renamed;
}

/** What going from `before` to `after` (one edit, its undo or its redo) renamed; edits that rename nothing cost one pass over the ids. */
export function renamedIds(before: ArgumentMap, after: ArgumentMap): Renamed {
  if (before === after) return NOTHING_RENAMED;
  const claims = before.nodes === after.nodes ? new Map<string, string>() : renamedIn(before.nodes, after.nodes);
  const relations = before.edges === after.edges ? new Map<string, string>() : renamedIn(before.edges, after.edges);
  return claims.size === 0 && relations.size === 0 ? NOTHING_RENAMED : { claims, relations };
}
