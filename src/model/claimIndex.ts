// Lookups the computed views share: claims by id and file position, and the relations into and out of each claim.
import type { ArgumentMap, Claim, Relation } from './schema.ts';

export interface ClaimIndex {
  readonly byId: ReadonlyMap<string, Claim>;
  /** Position in the file's `nodes` list: the last tie-breaker where file order is wanted. */
  readonly position: ReadonlyMap<string, number>;
  /** Relations in file order; a relation naming a missing claim is left out rather than crashing a view. */
  readonly outgoing: ReadonlyMap<string, readonly Relation[]>;
  readonly incoming: ReadonlyMap<string, readonly Relation[]>;
}

const NONE: readonly Relation[] = [];
const cache = new WeakMap<ArgumentMap, ClaimIndex>();

/** Maps are treated as immutable values, so one index per map object is safe to reuse. */
export function indexClaims(map: ArgumentMap): ClaimIndex {
  const cached = cache.get(map);
  if (cached) return cached;
  const byId = new Map<string, Claim>();
  const position = new Map<string, number>();
  map.nodes.forEach((claim, i) => {
    if (byId.has(claim.id)) return;
    byId.set(claim.id, claim);
    position.set(claim.id, i);
  });
  const outgoing = new Map<string, Relation[]>();
  const incoming = new Map<string, Relation[]>();
  for (const relation of map.edges) {
    if (!byId.has(relation.source) || !byId.has(relation.target)) continue;
    push(outgoing, relation.source, relation);
    push(incoming, relation.target, relation);
  }
  const index: ClaimIndex = { byId, position, outgoing, incoming };
  cache.set(map, index);
  return index;
}

export function relationsOut(index: ClaimIndex, claimId: string): readonly Relation[] {
  return index.outgoing.get(claimId) ?? NONE;
}

export function relationsIn(index: ClaimIndex, claimId: string): readonly Relation[] {
  return index.incoming.get(claimId) ?? NONE;
}

function push(lists: Map<string, Relation[]>, key: string, relation: Relation): void {
  const list = lists.get(key);
  if (list) list.push(relation);
  else lists.set(key, [relation]);
}
