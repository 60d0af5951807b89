// Pure edits of a map's relations: link, change kind or label, reconnect an end, delete. Each returns a new map.
import { type ArgumentMap, LIMITS, type Relation, type RelationKind, relationSchema } from '../schema.ts';
import { describeIssue } from './describeIssue.ts';
import { type EditResult, refuse } from './editResult.ts';
import { withWholeGroups } from './jointEdits.ts';
import { isMadeFrom, linkStem, uniqueId } from './uniqueId.ts';

export const DEFAULT_RELATION: RelationKind = 'causes';

const INFINITIVE: Record<RelationKind, string> = {
  causes: 'cause',
  supports: 'support',
  refutes: 'refute',
  motivates: 'motivate',
};

function labelOf(map: ArgumentMap, id: string): string {
  return `“${map.nodes.find((claim) => claim.id === id)?.label ?? id}”`;
}

/** Why a link from `source` to `target` cannot exist in `map` (ignoring the relation `except`), or undefined. */
function refusalFor(map: ArgumentMap, source: string, target: string, relation: RelationKind, except?: string): string | undefined {
  for (const end of [source, target]) {
    if (!map.nodes.some((claim) => claim.id === end)) return `There is no node '${end}' to link.`;
  }
  if (source === target) return `A node cannot ${INFINITIVE[relation]} itself.`;
  const twin = map.edges.find(
    (edge) => edge.id !== except && edge.source === source && edge.target === target && edge.relation === relation,
  );
  if (twin) return `${labelOf(map, source)} already ${relation} ${labelOf(map, target)}.`;
  return undefined;
}

export interface NewRelation {
  source: string;
  target: string;
  relation?: RelationKind;
  label?: string;
}

export function addRelation(map: ArgumentMap, fields: NewRelation): EditResult<{ id: string }> {
  const relation = fields.relation ?? DEFAULT_RELATION;
  const reason = refusalFor(map, fields.source, fields.target, relation);
  if (reason) return refuse(reason);
  if (map.edges.length >= LIMITS.relations) return refuse(`A map holds at most ${LIMITS.relations} links.`);
  const taken = new Set(map.edges.map((edge) => edge.id));
  const id = uniqueId(linkStem(fields.source, relation, fields.target), taken);
  const added: Relation = { id, source: fields.source, target: fields.target, relation };
  if (fields.label?.trim()) added.label = fields.label.trim();
  const parsed = relationSchema.safeParse(added);
  if (!parsed.success) return refuse(describeIssue(parsed.error));
  return { ok: true, map: { ...map, edges: [...map.edges, added] }, id };
}

/**
 * A link whose id was made from its ends and relation ("a-causes-b") gets the id its new ends and relation make,
 * so the id never names a relation the link no longer has; an id written by hand is kept.
 */
export function rederivedRelationId(edges: readonly Relation[], current: Relation, next: Pick<Relation, 'source' | 'target' | 'relation'>): string {
  if (!isMadeFrom(current.id, linkStem(current.source, current.relation, current.target))) return current.id;
  const stem = linkStem(next.source, next.relation, next.target);
  if (isMadeFrom(current.id, stem)) return current.id;
  return uniqueId(stem, new Set(edges.flatMap((edge) => (edge.id === current.id ? [] : [edge.id]))));
}

/**
 * Puts `next` in the place of the link `id` (same place in the list, so the file's diff stays small), under its
 * re-derived id. A link led elsewhere or turned into another relation leaves its joint group.
 */
function replaceRelation(map: ArgumentMap, id: string, next: Relation): EditResult {
  const current = map.edges.find((edge) => edge.id === id) as Relation;
  const renamed: Relation = { ...next, id: rederivedRelationId(map.edges, current, next) };
  if (renamed.joint && (renamed.target !== current.target || renamed.relation !== current.relation)) delete renamed.joint;
  const parsed = relationSchema.safeParse(renamed);
  if (!parsed.success) return refuse(describeIssue(parsed.error));
  return { ok: true, map: { ...map, edges: withWholeGroups(map.edges.map((edge) => (edge.id === id ? renamed : edge))) } };
}

export interface RelationPatch {
  relation?: RelationKind;
  /** '' removes the label. */
  label?: string;
}

export function updateRelation(map: ArgumentMap, id: string, patch: RelationPatch): EditResult {
  const current = map.edges.find((edge) => edge.id === id);
  if (!current) return refuse(`There is no link '${id}'.`);
  const next: Relation = { ...current };
  if (patch.relation) next.relation = patch.relation;
  if (patch.label !== undefined) {
    const label = patch.label.trim();
    if (label) next.label = label;
    else delete next.label;
  }
  if (next.relation === current.relation && next.label === current.label) return { ok: true, map };
  const reason = refusalFor(map, next.source, next.target, next.relation, id);
  if (reason) return refuse(reason);
  return replaceRelation(map, id, next);
}

/** Moves either end of a link to another node; an id made from its ends follows them. */
export function reconnectRelation(map: ArgumentMap, id: string, ends: { source?: string; target?: string }): EditResult {
  const current = map.edges.find((edge) => edge.id === id);
  if (!current) return refuse(`There is no link '${id}'.`);
  const next: Relation = { ...current, source: ends.source ?? current.source, target: ends.target ?? current.target };
  if (next.source === current.source && next.target === current.target) return { ok: true, map };
  const reason = refusalFor(map, next.source, next.target, next.relation, id);
  if (reason) return refuse(reason);
  return replaceRelation(map, id, next);
}

export function deleteRelations(map: ArgumentMap, ids: Iterable<string>): ArgumentMap {
  const doomed = new Set(ids);
  if (!map.edges.some((edge) => doomed.has(edge.id))) return map;
  return { ...map, edges: withWholeGroups(map.edges.filter((edge) => !doomed.has(edge.id))) };
}
