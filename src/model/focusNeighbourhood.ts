// Focus mode's reach: the claims within N links of a claim, links followed either way.
import { indexClaims, relationsIn, relationsOut } from './claimIndex.ts';
import type { ArgumentMap } from './schema.ts';

export const MIN_FOCUS_DEPTH = 1;
export const MAX_FOCUS_DEPTH = 5;

/** The claim itself, then everything at most `depth` links away (direction ignored); empty when the claim is unknown. */
export function focusNeighbourhood(map: ArgumentMap, centre: string, depth: number): Set<string> {
  const index = indexClaims(map);
  if (!index.byId.has(centre)) return new Set();
  const reached = new Set([centre]);
  let frontier = [centre];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const relation of relationsOut(index, id)) visit(relation.target);
      for (const relation of relationsIn(index, id)) visit(relation.source);
    }
    frontier = next;
    function visit(id: string): void {
      if (reached.has(id)) return;
      reached.add(id);
      next.push(id);
    }
  }
  return reached;
}
