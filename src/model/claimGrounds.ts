// Practice feedback: what in the map bears on a claim's mark — the claims that support or refute it, with their marks.
import { indexClaims, relationsIn } from './claimIndex.ts';
import type { ArgumentMap, Relation } from './schema.ts';

/**
 * One sentence per `supports`/`refutes` reason into the claim, in file order, e.g. "refuted by: Archives (supported)";
 * a joint group is one sentence naming all its members, since they hold only together.
 */
export function claimGrounds(map: ArgumentMap, claimId: string): string[] {
  const index = indexClaims(map);
  const reasons: Relation[][] = [];
  const groups = new Map<string, Relation[]>();
  for (const relation of relationsIn(index, claimId)) {
    if (relation.relation !== 'supports' && relation.relation !== 'refutes') continue;
    if (!index.byId.has(relation.source)) continue;
    const group = relation.joint ? groups.get(relation.joint) : undefined;
    if (group) {
      group.push(relation);
      continue;
    }
    const reason = [relation];
    if (relation.joint) groups.set(relation.joint, reason);
    reasons.push(reason);
  }
  return reasons.map((reason) => {
    const first = reason[0] as Relation;
    const sources = reason.map((relation) => {
      const source = index.byId.get(relation.source);
      return `${source?.label ?? relation.source} (${source?.status ?? 'missing'})`;
    });
    const verb = first.relation === 'supports' ? 'supported' : 'refuted';
    return reason.length > 1 ? `${verb} jointly by: ${sources.join(' and ')}` : `${verb} by: ${sources[0] ?? ''}`;
  });
}
