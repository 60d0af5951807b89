// Practice feedback: what in the map bears on a claim's mark — the claims that support or refute it, with their marks.
import { indexClaims, relationsIn } from './claimIndex.ts';
import type { ArgumentMap } from './schema.ts';

/** One sentence per `supports`/`refutes` link into the claim, in file order, e.g. "refuted by: Archives (supported)". */
export function claimGrounds(map: ArgumentMap, claimId: string): string[] {
  const index = indexClaims(map);
  return relationsIn(index, claimId).flatMap((relation) => {
    if (relation.relation !== 'supports' && relation.relation !== 'refutes') return [];
    const source = index.byId.get(relation.source);
    if (!source) return [];
    return [`${relation.relation === 'supports' ? 'supported by' : 'refuted by'}: ${source.label} (${source.status})`];
  });
}
