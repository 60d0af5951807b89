// Pure edits the keyboard asks for in one step: the kind of several claims, and a link to a claim that does not exist yet.
import type { ArgumentMap, ClaimKind, RelationKind } from '../schema.ts';
import { addClaim } from './claimEdits.ts';
import { type EditResult, refuse } from './editResult.ts';
import { addRelation } from './relationEdits.ts';

/** Gives each named claim `kind`; the same map when none changes. */
export function setKind(map: ArgumentMap, ids: Iterable<string>, kind: ClaimKind): ArgumentMap {
  const chosen = new Set(ids);
  if (!map.nodes.some((claim) => chosen.has(claim.id) && claim.kind !== kind)) return map;
  return { ...map, nodes: map.nodes.map((claim) => (chosen.has(claim.id) && claim.kind !== kind ? { ...claim, kind } : claim)) };
}

/** "Link to…" a name that matches no claim: the claim is made (a claim, unassessed) and linked from `source`, as one edit. */
export function linkToNewClaim(map: ArgumentMap, source: string, label: string, relation: RelationKind): EditResult<{ id: string; relationId: string }> {
  if (!map.nodes.some((claim) => claim.id === source)) return refuse(`There is no node '${source}'.`);
  if (label.trim() === '') return refuse('Type the new node’s name first.');
  const added = addClaim(map, { label });
  if (!added.ok) return added;
  const linked = addRelation(added.map, { source, target: added.id, relation });
  if (!linked.ok) return linked;
  return { ok: true, map: linked.map, id: added.id, relationId: linked.id };
}
