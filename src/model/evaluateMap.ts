// Computed standing: what the statuses a person set imply for every claim and link, each flag with its exact paths.
/**
 * The rules of computed standing.
 *
 * The statuses a person sets are inputs only: they are read, never changed. From them and the relations,
 * every claim and every link gets derived flags, and each flag carries the paths that explain it.
 *
 * 1. Rests on a miscalculation: a claim that can be reached from a refuted assumption by following
 *    `motivates` and `causes` links forward, any number of them, rests on that miscalculation. Its reasons
 *    are one shortest path from each refuted assumption that reaches it.
 * 2. Unsupported: a claim with at least one `supports` link into it, where every supporting claim is
 *    refuted. Its reasons are those `supports` links.
 * 3. In tension: a claim marked supported while a claim marked supported `refutes` it (the reasons are
 *    those `refutes` links), or a claim marked refuted with no `refutes` link into it at all (the reason is
 *    the claim alone). Either way the marks contradict each other.
 * 4. Broken link: a `causes` or `motivates` link whose source is marked refuted.
 *
 * Only the marks count: a flag never turns into a status, so flags do not feed into other flags.
 * Cycles are harmless: each claim is visited at most once per refuted assumption, so the computation always
 * ends, and an assumption is not flagged by a cycle that leads back to itself.
 * The answer does not depend on the order of claims or links in the file: between equally short paths the
 * one whose links have the smaller ids wins, and reasons are listed shortest first, then by the id of the
 * claim they start from.
 */
import { type ClaimIndex, indexClaims, relationsIn, relationsOut } from './claimIndex.ts';
import type { ArgumentMap, Claim, Relation, RelationKind } from './schema.ts';

export type ClaimFlagKind = 'restsOnMiscalculation' | 'unsupported' | 'inTension';
export type FlagKind = ClaimFlagKind | 'broken';

export interface PathLink {
  relationId: string;
  relation: RelationKind;
}

/** `claimIds[i]` is linked to `claimIds[i + 1]` by `links[i]`; a single claim with no links is a reason about its own marks. */
export interface ReasonPath {
  claimIds: string[];
  links: PathLink[];
}

/** A flag exists only with at least one path. */
export interface Flag {
  kind: FlagKind;
  paths: ReasonPath[];
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

  for (const [id, paths] of miscalculationPaths(index, ids)) {
    (claims[id] as ClaimStanding).restsOnMiscalculation = { kind: 'restsOnMiscalculation', paths };
  }
  for (const id of ids) {
    const claim = index.byId.get(id) as Claim;
    const standing = claims[id] as ClaimStanding;
    const into = [...relationsIn(index, id)].sort(byRelationId);

    const supports = into.filter((r) => r.relation === 'supports');
    if (supports.length > 0 && supports.every((r) => statusOf(index, r.source) === 'refuted')) {
      standing.unsupported = { kind: 'unsupported', paths: supports.map(singleLink) };
    }

    const refutes = into.filter((r) => r.relation === 'refutes');
    if (claim.status === 'supported') {
      const contradicting = refutes.filter((r) => statusOf(index, r.source) === 'supported');
      if (contradicting.length > 0) standing.inTension = { kind: 'inTension', paths: contradicting.map(singleLink) };
    } else if (claim.status === 'refuted' && refutes.length === 0) {
      standing.inTension = { kind: 'inTension', paths: [{ claimIds: [id], links: [] }] };
    }
  }

  const relations: Record<string, RelationStanding> = {};
  for (const relation of [...map.edges].sort(byRelationId)) {
    const standing: RelationStanding = {};
    if (isForward(relation) && statusOf(index, relation.source) === 'refuted' && index.byId.has(relation.target)) {
      standing.broken = { kind: 'broken', paths: [singleLink(relation)] };
    }
    relations[relation.id] = standing;
  }
  return { claims, relations };
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
    links.push({ relationId: relation.id, relation: relation.relation });
  }
  return { claimIds: claimIds.reverse(), links: links.reverse() };
}

function singleLink(relation: Relation): ReasonPath {
  return { claimIds: [relation.source, relation.target], links: [{ relationId: relation.id, relation: relation.relation }] };
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
