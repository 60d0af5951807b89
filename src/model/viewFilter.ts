// Filters of what the canvas shows: kinds and relations to hide, and a focus on one claim's neighbourhood. Data is never removed.
import { focusNeighbourhood } from './focusNeighbourhood.ts';
import type { ArgumentMap, ClaimKind, RelationKind } from './schema.ts';

export interface ViewFilter {
  hiddenKinds: readonly ClaimKind[];
  hiddenRelations: readonly RelationKind[];
  /** Show only this claim and its neighbours `depth` links away. */
  focus: { id: string; depth: number } | null;
}

export const NO_FILTER: ViewFilter = { hiddenKinds: [], hiddenRelations: [], focus: null };

export interface Hidden {
  claims: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

export function isFiltering(filter: ViewFilter): boolean {
  return filter.hiddenKinds.length > 0 || filter.hiddenRelations.length > 0 || filter.focus !== null;
}

/** Claims of a hidden kind or outside the focus; relations of a hidden kind or with a hidden end. */
export function hiddenByFilter(map: ArgumentMap, filter: ViewFilter): Hidden {
  const kinds = new Set(filter.hiddenKinds);
  const relationKinds = new Set(filter.hiddenRelations);
  const near = filter.focus ? focusNeighbourhood(map, filter.focus.id, filter.focus.depth) : null;
  const focused = near !== null && near.size > 0 ? near : null;
  const claims = new Set(map.nodes.filter((c) => kinds.has(c.kind) || (focused !== null && !focused.has(c.id))).map((c) => c.id));
  const relations = new Set(
    map.edges.filter((r) => relationKinds.has(r.relation) || claims.has(r.source) || claims.has(r.target)).map((r) => r.id),
  );
  return { claims, relations };
}
