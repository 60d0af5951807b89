// Pure edits of a map's relations: link, change kind or label, reconnect an end, delete. Each returns a new map.
import { type ArgumentMap, LIMITS, type Relation, type RelationKind, relationSchema } from '../schema.ts';
import { describeIssue } from './describeIssue.ts';
import { type EditResult, refuse } from './editResult.ts';
import { slugify, uniqueId } from './uniqueId.ts';

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
  const id = uniqueId(slugify(`${fields.source}-${relation}-${fields.target}`, 'link'), taken);
  const added: Relation = { id, source: fields.source, target: fields.target, relation };
  if (fields.label?.trim()) added.label = fields.label.trim();
  const parsed = relationSchema.safeParse(added);
  if (!parsed.success) return refuse(describeIssue(parsed.error));
  return { ok: true, map: { ...map, edges: [...map.edges, added] }, id };
}

function replaceRelation(map: ArgumentMap, next: Relation): EditResult {
  const parsed = relationSchema.safeParse(next);
  if (!parsed.success) return refuse(describeIssue(parsed.error));
  return { ok: true, map: { ...map, edges: map.edges.map((edge) => (edge.id === next.id ? next : edge)) } };
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
  return replaceRelation(map, next);
}

/** Moves either end of a link to another node; the link keeps its id. */
export function reconnectRelation(map: ArgumentMap, id: string, ends: { source?: string; target?: string }): EditResult {
  const current = map.edges.find((edge) => edge.id === id);
  if (!current) return refuse(`There is no link '${id}'.`);
  const next: Relation = { ...current, source: ends.source ?? current.source, target: ends.target ?? current.target };
  if (next.source === current.source && next.target === current.target) return { ok: true, map };
  const reason = refusalFor(map, next.source, next.target, next.relation, id);
  if (reason) return refuse(reason);
  return replaceRelation(map, next);
}

export function deleteRelations(map: ArgumentMap, ids: Iterable<string>): ArgumentMap {
  const doomed = new Set(ids);
  if (!map.edges.some((edge) => doomed.has(edge.id))) return map;
  return { ...map, edges: map.edges.filter((edge) => !doomed.has(edge.id)) };
}
