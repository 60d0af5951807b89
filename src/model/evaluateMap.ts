// Computed standing: what the statuses a person set imply for every claim and link, each flag with its exact paths.
/**
 * The rules of computed standing.
 *
 * The statuses a person sets are inputs only: they are read, never changed. From them and the relations,
 * every claim and every link gets derived flags, and each flag carries the paths that explain it.
 *
 * A claim's reasons of one relation are its links of that relation, where the links of one joint group
 * (`joint`) count as one reason: a separate link falls when its source is marked refuted, a joint group
 * falls when any one of its members does, since its links hold only together.
 *
 * 1. Rests on a miscalculation: a claim that can be reached from a refuted assumption by following
 *    `motivates` and `causes` links forward, any number of them, rests on that miscalculation. Its reasons
 *    are one shortest path from each refuted assumption that reaches it. It rests on it *wholly* when every
 *    cause and motive into it falls — its source is refuted or itself rests wholly on refuted assumptions,
 *    or, for a joint group, one member's is — and *partly* when some cause or motive still stands; a partly
 *    resting claim lists those surviving causes and motives. "Wholly" is the largest set that fits this rule,
 *    so a cycle fed only by a refuted assumption rests on it wholly.
 * 2. Unsupported: a claim with at least one `supports` reason into it, where every one has fallen. Its reasons
 *    are the refuted `supports` links (for a joint group, its refuted members).
 * 3. In tension: a claim marked supported while a supported claim `refutes` it (a joint group only when all
 *    its members are supported; the reasons are those `refutes` links), or a claim marked refuted with no
 *    `refutes` link into it at all (the reason is the claim alone). Either way the marks contradict each other.
 * 4. Broken link: a `causes` or `motivates` link whose source is marked refuted, or whose joint group has a
 *    member whose source is (the reasons are those members).
 *
 * Only the marks count: a flag never turns into a status, so flags do not feed into other flags (the extent
 * of rule 1 reads only rule 1).
 * Cycles are harmless: each claim is visited at most once per refuted assumption, so the computation always
 * ends, and an assumption is not flagged by a cycle that leads back to itself.
 * The answer does not depend on the order of claims or links in the file: between equally short paths the
 * one whose links have the smaller ids wins, and reasons are listed shortest first, then by the id of the
 * claim they start from; surviving reasons by link id.
 */
import { type ClaimIndex, indexClaims, relationsIn, relationsOut } from './claimIndex.ts';
import type { ArgumentMap, Claim, Relation, RelationKind } from './schema.ts';

export type ClaimFlagKind = 'restsOnMiscalculation' | 'unsupported' | 'inTension';
export type FlagKind = ClaimFlagKind | 'broken';

export interface PathLink {
  relationId: string;
  relation: RelationKind;
  /** The link's joint group, when it is in one: it holds only together with the group's other links. */
  joint?: string;
}

/** `claimIds[i]` is linked to `claimIds[i + 1]` by `links[i]`; a single claim with no links is a reason about its own marks. */
export interface ReasonPath {
  claimIds: string[];
  links: PathLink[];
}

export type FlagExtent = 'partly' | 'wholly';

/** A flag exists only with at least one path. */
export interface Flag {
  kind: FlagKind;
  paths: ReasonPath[];
  /** Rests on a miscalculation only: whether every cause and motive of the claim falls with the refuted assumptions. */
  extent?: FlagExtent;
  /** Partly only: the causes and motives into the claim that still stand, one link each, by link id. */
  surviving?: ReasonPath[];
}

export type ClaimStanding = Partial<Record<ClaimFlagKind, Flag>>;

export interface RelationStanding {
  broken?: Flag;
}

/** Every claim and every relation of the map has an entry, flagged or not. */
export interface Evaluation {
  claims: Record<string, ClaimStanding>;
  relations: Record<string, RelationStanding>;
}

export const CLAIM_FLAG_KINDS: readonly ClaimFlagKind[] = ['restsOnMiscalculation', 'unsupported', 'inTension'];

export function evaluateMap(map: ArgumentMap): Evaluation {
  const index = indexClaims(map);
  const ids = [...index.byId.keys()].sort(compareText);
  const claims: Record<string, ClaimStanding> = {};
  for (const id of ids) claims[id] = {};

  const refuted = (relation: Relation): boolean => statusOf(index, relation.source) === 'refuted';
  const resting = miscalculationPaths(index, ids);
  const wholly = whollyResting(index, resting);
  for (const [id, paths] of resting) {
    const flag: Flag = { kind: 'restsOnMiscalculation', paths, extent: wholly.has(id) ? 'wholly' : 'partly' };
    if (flag.extent === 'partly') {
      const stands = (relation: Relation): boolean => !refuted(relation) && !wholly.has(relation.source);
      flag.surviving = reasonsInto(index, id, isForward)
        .filter((reason) => reason.every(stands))
        .flat()
        .sort(byRelationId)
        .map(singleLink);
    }
    (claims[id] as ClaimStanding).restsOnMiscalculation = flag;
  }
  for (const id of ids) {
    const claim = index.byId.get(id) as Claim;
    const standing = claims[id] as ClaimStanding;

    const supports = reasonsInto(index, id, (r) => r.relation === 'supports');
    if (supports.length > 0 && supports.every((reason) => reason.some(refuted))) {
      standing.unsupported = { kind: 'unsupported', paths: supports.flat().filter(refuted).sort(byRelationId).map(singleLink) };
    }

    const refutes = reasonsInto(index, id, (r) => r.relation === 'refutes');
    if (claim.status === 'supported') {
      const held = (r: Relation): boolean => statusOf(index, r.source) === 'supported';
      const contradicting = refutes.filter((reason) => reason.every(held)).flat().sort(byRelationId);
      if (contradicting.length > 0) standing.inTension = { kind: 'inTension', paths: contradicting.map(singleLink) };
    } else if (claim.status === 'refuted' && refutes.length === 0) {
      standing.inTension = { kind: 'inTension', paths: [{ claimIds: [id], links: [] }] };
    }
  }

  const groups = jointGroups(index);
  const relations: Record<string, RelationStanding> = {};
  for (const relation of [...map.edges].sort(byRelationId)) {
    const standing: RelationStanding = {};
    if (isForward(relation) && index.byId.has(relation.source) && index.byId.has(relation.target)) {
      const fallen = (relation.joint ? (groups.get(relation.joint) ?? [relation]) : [relation]).filter(refuted).sort(byRelationId);
      if (fallen.length > 0) standing.broken = { kind: 'broken', paths: fallen.map(singleLink) };
    }
    relations[relation.id] = standing;
  }
  return { claims, relations };
}

/**
 * The reasons of the chosen relations into a claim: each separate link alone, the links of one joint group
 * together, every reason's links by id and the reasons by their first link's id.
 */
function reasonsInto(index: ClaimIndex, id: string, chosen: (relation: Relation) => boolean): Relation[][] {
  const separate: Relation[][] = [];
  const joint = new Map<string, Relation[]>();
  for (const relation of relationsIn(index, id)) {
    if (!chosen(relation)) continue;
    if (!relation.joint) {
      separate.push([relation]);
      continue;
    }
    const members = joint.get(relation.joint);
    if (members) members.push(relation);
    else joint.set(relation.joint, [relation]);
  }
  const reasons = [...separate, ...joint.values()].map((reason) => reason.sort(byRelationId));
  return reasons.sort((a, b) => byRelationId(a[0] as Relation, b[0] as Relation));
}

/** Each joint group's links, by group id (the load gate has made sure they share one target and one relation). */
function jointGroups(index: ClaimIndex): Map<string, Relation[]> {
  const groups = new Map<string, Relation[]>();
  for (const relations of index.incoming.values()) {
    for (const relation of relations) {
      if (!relation.joint) continue;
      const members = groups.get(relation.joint);
      if (members) members.push(relation);
      else groups.set(relation.joint, [relation]);
    }
  }
  return groups;
}

/**
 * The claims of `resting` whose every cause and motive falls: the largest such set, found by starting from all
 * of them and dropping, until none is left to drop, each claim with a cause or motive that still stands.
 */
function whollyResting(index: ClaimIndex, resting: ReadonlyMap<string, unknown>): Set<string> {
  const wholly = new Set(resting.keys());
  const falls = (relation: Relation): boolean => statusOf(index, relation.source) === 'refuted' || wholly.has(relation.source);
  const queue = [...wholly].sort(compareText);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    if (!wholly.has(id)) continue;
    if (reasonsInto(index, id, isForward).every((reason) => reason.some(falls))) continue;
    wholly.delete(id);
    for (const relation of relationsOut(index, id)) if (isForward(relation) && wholly.has(relation.target)) queue.push(relation.target);
  }
  return wholly;
}

/** The flags of one claim in a fixed order, for lists and badges. */
export function claimFlags(evaluation: Evaluation, claimId: string): Flag[] {
  const standing = Object.hasOwn(evaluation.claims, claimId) ? evaluation.claims[claimId] : undefined;
  if (!standing) return [];
  return CLAIM_FLAG_KINDS.flatMap((kind) => standing[kind] ?? []);
}

export function relationBroken(evaluation: Evaluation, relationId: string): Flag | undefined {
  return Object.hasOwn(evaluation.relations, relationId) ? evaluation.relations[relationId]?.broken : undefined;
}

/** Breadth-first from each refuted assumption in id order, so every reached claim gets one shortest path per root. */
function miscalculationPaths(index: ClaimIndex, ids: readonly string[]): Map<string, ReasonPath[]> {
  const forward = new Map<string, Relation[]>();
  for (const id of ids) forward.set(id, relationsOut(index, id).filter(isForward).sort(byRelationId));

  const found = new Map<string, ReasonPath[]>();
  const roots = ids.filter((id) => {
    const claim = index.byId.get(id) as Claim;
    return claim.kind === 'assumption' && claim.status === 'refuted';
  });
  for (const root of roots) {
    const via = new Map<string, Relation>();
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      for (const relation of forward.get(queue[head] as string) ?? []) {
        if (relation.target === root || via.has(relation.target)) continue;
        via.set(relation.target, relation);
        queue.push(relation.target);
      }
    }
    for (const reached of queue.slice(1)) {
      const paths = found.get(reached) ?? [];
      paths.push(pathBack(via, reached));
      found.set(reached, paths);
    }
  }
  for (const paths of found.values()) paths.sort((a, b) => a.links.length - b.links.length);
  return found;
}

function pathBack(via: ReadonlyMap<string, Relation>, end: string): ReasonPath {
  const claimIds = [end];
  const links: PathLink[] = [];
  for (let relation = via.get(end); relation; relation = via.get(relation.source)) {
    claimIds.push(relation.source);
    links.push(pathLink(relation));
  }
  return { claimIds: claimIds.reverse(), links: links.reverse() };
}

function pathLink(relation: Relation): PathLink {
  return relation.joint ? { relationId: relation.id, relation: relation.relation, joint: relation.joint } : { relationId: relation.id, relation: relation.relation };
}

function singleLink(relation: Relation): ReasonPath {
  return { claimIds: [relation.source, relation.target], links: [pathLink(relation)] };
}

function isForward(relation: Relation): boolean {
  return relation.relation === 'causes' || relation.relation === 'motivates';
}

function statusOf(index: ClaimIndex, id: string): Claim['status'] | undefined {
  return index.byId.get(id)?.status;
}

function byRelationId(a: Relation, b: Relation): number {
  return compareText(a.id, b.id);
}

/** Code-unit order, not locale order, so every machine sorts the same way. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
