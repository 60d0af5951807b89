// Pure edits of joint groups: group the chosen links (same target, same relation), ungroup them, and keep groups whole after other edits.
import type { ArgumentMap, Relation } from '../schema.ts';
import { type EditResult, refuse } from './editResult.ts';
import { slugify, uniqueId } from './uniqueId.ts';

function labelOf(map: ArgumentMap, id: string): string {
  return `“${map.nodes.find((claim) => claim.id === id)?.label ?? id}”`;
}

/** Every group id in use, so a new group never joins an old one by accident. */
function groupIds(edges: readonly Relation[]): Set<string> {
  return new Set(edges.flatMap((edge) => (edge.joint ? [edge.joint] : [])));
}

/** The id a new group into `target` gets: "nato-joint", "nato-joint-2"… */
export function newGroupId(target: string, taken: ReadonlySet<string>): string {
  return uniqueId(slugify(`${target}-joint`, 'joint'), taken);
}

/**
 * Makes the links `ids` one joint group: they then hold only together. Refused unless there are at least two,
 * all into one claim by one relation. A chosen link that was in another group leaves it.
 */
export function groupRelations(map: ArgumentMap, ids: Iterable<string>): EditResult<{ joint: string }> {
  const chosen = new Set(ids);
  const members = map.edges.filter((edge) => chosen.has(edge.id));
  const missing = [...chosen].find((id) => !map.edges.some((edge) => edge.id === id));
  if (missing) return refuse(`There is no link '${missing}'.`);
  if (members.length < 2) return refuse('Select at least two links into one node to group them.');
  const [first] = members as [Relation, ...Relation[]];
  const elsewhere = members.find((edge) => edge.target !== first.target);
  if (elsewhere) {
    return refuse(`Only links into one node can be joint: these lead into ${labelOf(map, first.target)} and ${labelOf(map, elsewhere.target)}.`);
  }
  const otherKind = members.find((edge) => edge.relation !== first.relation);
  if (otherKind) return refuse(`Only links of one kind can be joint: these ${first.relation} and ${otherKind.relation}.`);
  const already = first.joint;
  if (already && members.every((edge) => edge.joint === already) && map.edges.filter((edge) => edge.joint === already).length === members.length) {
    return { ok: true, map, joint: already };
  }
  const joint = newGroupId(first.target, groupIds(map.edges));
  const edges = map.edges.map((edge) => (chosen.has(edge.id) ? { ...edge, joint } : edge));
  return { ok: true, map: { ...map, edges: withWholeGroups(edges) }, joint };
}

/** Takes the links `ids` out of their joint groups; a group left with one link is no group any more. */
export function ungroupRelations(map: ArgumentMap, ids: Iterable<string>): EditResult {
  const chosen = new Set(ids);
  if (!map.edges.some((edge) => chosen.has(edge.id) && edge.joint)) return refuse('None of the selected links is in a joint group.');
  const edges = map.edges.map((edge) => (chosen.has(edge.id) && edge.joint ? withoutJoint(edge) : edge));
  return { ok: true, map: { ...map, edges: withWholeGroups(edges) } };
}

/**
 * The links with every joint group valid again after an edit: a link whose target or relation no longer
 * matches its group's leaves it, and a group of one link dissolves. Returns `edges` itself when nothing changes.
 */
export function withWholeGroups(edges: Relation[]): Relation[] {
  if (!edges.some((edge) => edge.joint)) return edges;
  const lead = new Map<string, Relation>();
  const count = new Map<string, number>();
  const fits = (edge: Relation): boolean => {
    const first = lead.get(edge.joint as string) as Relation;
    return first.target === edge.target && first.relation === edge.relation;
  };
  for (const edge of edges) {
    if (!edge.joint) continue;
    if (!lead.has(edge.joint)) lead.set(edge.joint, edge);
    if (fits(edge)) count.set(edge.joint, (count.get(edge.joint) ?? 0) + 1);
  }
  let changed = false;
  const next = edges.map((edge) => {
    if (!edge.joint || (fits(edge) && (count.get(edge.joint) ?? 0) >= 2)) return edge;
    changed = true;
    return withoutJoint(edge);
  });
  return changed ? next : edges;
}

function withoutJoint(edge: Relation): Relation {
  const { joint: _left, ...rest } = edge;
  return rest;
}
