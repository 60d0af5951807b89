// Pure edits of a map's claims: add, change, delete, duplicate, set status. Each returns a new map.
import { type ArgumentMap, type Claim, type ClaimKind, claimSchema, LIMITS, type Position, type Relation, type Status } from '../schema.ts';
import { describeIssue } from './describeIssue.ts';
import { type EditResult, refuse } from './editResult.ts';
import { newGroupId, withWholeGroups } from './jointEdits.ts';
import { rederivedRelationId } from './relationEdits.ts';
import { isMadeFrom, linkStem, slugify, uniqueId } from './uniqueId.ts';

export const NEW_CLAIM_LABEL = 'New node';

export interface NewClaim {
  label?: string;
  kind?: ClaimKind;
  status?: Status;
  text?: string;
  position?: Position;
}

/** Fields a person can change; `text` and `date` set to '' or undefined are removed. */
export type ClaimPatch = Partial<Omit<Claim, 'id' | 'position'>>;

const REMOVABLE = ['text', 'date'] as const;

function claimIds(map: ArgumentMap): Set<string> {
  return new Set(map.nodes.map((claim) => claim.id));
}

function checked(claim: Claim): { ok: true; claim: Claim } | { ok: false; reason: string } {
  const parsed = claimSchema.safeParse(claim);
  return parsed.success ? { ok: true, claim } : refuse(describeIssue(parsed.error));
}

export function addClaim(map: ArgumentMap, fields: NewClaim = {}): EditResult<{ id: string }> {
  if (map.nodes.length >= LIMITS.claims) return refuse(`A map holds at most ${LIMITS.claims} nodes.`);
  const label = (fields.label ?? NEW_CLAIM_LABEL).trim();
  const id = uniqueId(slugify(label, 'node'), claimIds(map));
  const claim: Claim = { id, kind: fields.kind ?? 'claim', label, status: fields.status ?? 'unassessed', sources: [] };
  if (fields.text) claim.text = fields.text;
  if (fields.position) claim.position = { x: fields.position.x, y: fields.position.y };
  const valid = checked(claim);
  if (!valid.ok) return valid;
  return { ok: true, map: { ...map, nodes: [...map.nodes, valid.claim] }, id };
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `idFollowsLabel: false` keeps the id while a label is still being typed: a pause must not rename the claim under
 * its open field; withIdsFollowingLabels gives it its id when the typing ends.
 */
export function updateClaim(map: ArgumentMap, id: string, patch: ClaimPatch, { idFollowsLabel = true }: { idFollowsLabel?: boolean } = {}): EditResult {
  const index = map.nodes.findIndex((claim) => claim.id === id);
  const current = map.nodes[index];
  if (!current) return refuse(`There is no node '${id}'.`);
  const next: Claim = { ...current };
  let changed = false;
  const fields = next as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id' || key === 'position') continue;
    if ((REMOVABLE as readonly string[]).includes(key) && (value === undefined || value === '')) {
      if (key in fields) {
        delete fields[key];
        changed = true;
      }
      continue;
    }
    if (value === undefined) continue;
    const stored = key === 'label' && typeof value === 'string' ? value.trim() : value;
    if (!sameValue(fields[key], stored)) {
      fields[key] = stored;
      changed = true;
    }
  }
  if (!changed) return { ok: true, map };
  const valid = checked(next);
  if (!valid.ok) return valid;
  const nodes = map.nodes.slice();
  nodes[index] = valid.claim;
  const edited = { ...map, nodes };
  const newId = idFollowsLabel ? rederivedClaimId(map, current, valid.claim.label) : id;
  return { ok: true, map: newId === id ? edited : withClaimRenamed(edited, id, newId) };
}

/**
 * The claims that kept their id while their label went from its text in `before` to another in `after` (a typing
 * session) get the ids their new labels make, as one updateClaim from `before` would have given them.
 */
export function withIdsFollowingLabels(before: ArgumentMap, after: ArgumentMap): ArgumentMap {
  if (before.nodes === after.nodes) return after;
  const was = new Map(before.nodes.map((claim) => [claim.id, claim]));
  let map = after;
  for (const claim of after.nodes) {
    const old = was.get(claim.id);
    if (!old || old.label === claim.label) continue;
    const newId = rederivedClaimId(map, old, claim.label);
    if (newId !== claim.id) map = withClaimRenamed(map, claim.id, newId);
  }
  return map;
}

/**
 * A claim whose id was made from its label ("New node" → new-node-7) gets the id its new label makes, so ids
 * stay readable; an id written by hand, or made from another label, is kept.
 */
function rederivedClaimId(map: ArgumentMap, current: Claim, label: string): string {
  if (label === current.label || !isMadeFrom(current.id, slugify(current.label, 'node'))) return current.id;
  const stem = slugify(label, 'node');
  if (isMadeFrom(current.id, stem)) return current.id;
  return uniqueId(stem, new Set(map.nodes.flatMap((claim) => (claim.id === current.id ? [] : [claim.id]))));
}

/** Renames claim `from` to `to` wherever the map names it: its links' ends (and the ids made from them) and the story. */
function withClaimRenamed(map: ArgumentMap, from: string, to: string): ArgumentMap {
  const nodes = map.nodes.map((claim) => (claim.id === from ? { ...claim, id: to } : claim));
  const edges = map.edges.slice();
  for (const [i, edge] of edges.entries()) {
    if (edge.source !== from && edge.target !== from) continue;
    const ends = { source: edge.source === from ? to : edge.source, target: edge.target === from ? to : edge.target, relation: edge.relation };
    const id = isMadeFrom(edge.id, linkStem(edge.source, edge.relation, edge.target)) ? rederivedRelationId(edges, edge, ends) : edge.id;
    edges[i] = { ...edge, ...ends, id };
  }
  const story = map.story?.map((step) => (step.id === from ? { ...step, id: to } : step));
  return { ...map, nodes, edges, ...(story ? { story } : {}) };
}

/** Deleting a claim deletes every relation that touches it. */
export function deleteClaims(map: ArgumentMap, ids: Iterable<string>): ArgumentMap {
  const doomed = new Set(ids);
  if (!map.nodes.some((claim) => doomed.has(claim.id))) return map;
  return {
    ...map,
    nodes: map.nodes.filter((claim) => !doomed.has(claim.id)),
    edges: withWholeGroups(map.edges.filter((relation) => !doomed.has(relation.source) && !doomed.has(relation.target))),
    // A story step of a deleted claim would make the file invalid.
    ...(map.story ? { story: map.story.filter((step) => !doomed.has(step.id)) } : {}),
  };
}

export interface DuplicateOptions {
  /** Where the originals are drawn now (pinned or laid out), so copies land beside them. */
  positions?: Readonly<Record<string, Position>>;
  offset?: Position;
}

/** Copies the claims (with new ids, beside the originals) and the relations among them. */
export function duplicateClaims(
  map: ArgumentMap,
  ids: Iterable<string>,
  options: DuplicateOptions = {},
): EditResult<{ ids: string[] }> {
  const chosen = new Set(ids);
  const originals = map.nodes.filter((claim) => chosen.has(claim.id));
  if (originals.length === 0) return refuse('Select a node to duplicate.');
  if (map.nodes.length + originals.length > LIMITS.claims) return refuse(`A map holds at most ${LIMITS.claims} nodes.`);
  const offset = options.offset ?? { x: 40, y: 40 };
  const taken = claimIds(map);
  const renamed = new Map<string, string>();
  const copies = originals.map((claim) => {
    const id = uniqueId(slugify(claim.label, 'node'), taken);
    taken.add(id);
    renamed.set(claim.id, id);
    const at = options.positions?.[claim.id] ?? claim.position;
    const copy: Claim = { ...claim, id, sources: claim.sources.map((source) => ({ ...source })) };
    if (at) copy.position = { x: at.x + offset.x, y: at.y + offset.y };
    return copy;
  });
  const relationIds = new Set(map.edges.map((relation) => relation.id));
  // Copied links of a joint group form a group of their own, into the copied target.
  const groups = new Set(map.edges.flatMap((relation) => (relation.joint ? [relation.joint] : [])));
  const copiedGroups = new Map<string, string>();
  const copiedRelations = map.edges.flatMap((relation) => {
    const source = renamed.get(relation.source);
    const target = renamed.get(relation.target);
    if (!source || !target) return [];
    const id = uniqueId(slugify(`${source}-${relation.relation}-${target}`, 'link'), relationIds);
    relationIds.add(id);
    const copy: Relation = { ...relation, id, source, target };
    if (relation.joint) {
      let joint = copiedGroups.get(relation.joint);
      if (!joint) {
        joint = newGroupId(target, groups);
        groups.add(joint);
        copiedGroups.set(relation.joint, joint);
      }
      copy.joint = joint;
    }
    return [copy];
  });
  return {
    ok: true,
    map: { ...map, nodes: [...map.nodes, ...copies], edges: withWholeGroups([...map.edges, ...copiedRelations]) },
    ids: copies.map((claim) => claim.id),
  };
}

export function setStatus(map: ArgumentMap, ids: Iterable<string>, status: Status): ArgumentMap {
  const chosen = new Set(ids);
  if (!map.nodes.some((claim) => chosen.has(claim.id) && claim.status !== status)) return map;
  return {
    ...map,
    nodes: map.nodes.map((claim) => (chosen.has(claim.id) && claim.status !== status ? { ...claim, status } : claim)),
  };
}
