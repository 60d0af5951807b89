// The presentation order of a map's claims: the explicit story if there is one, otherwise derived from the links.
/**
 * How the step order is derived.
 *
 * Every link reads "source before target": causes before effects, motives before what they motivate,
 * evidence before what it supports or refutes. Claims fall into three groups:
 * - evidence-like claims (they support or refute something and cause or motivate nothing, and are evidence
 *   or have no cause or motive of their own) are not steps of their own: each is shown right before the
 *   first claim it bears on;
 * - conclusions (only supported or refuted, linking to nothing) are shown as soon as everything that bears
 *   on them has been shown, right after the step that completed it;
 * - every other claim is a step of the main chain, taken in order of date (undated last), then file order.
 * Before a claim is shown, whatever links into it and is not yet shown is shown first: chain claims
 * first, then evidence, each group by date and file order, so evidence sits right next to what it bears on.
 *
 * A refuted assumption is the lesson's twist, so two of its links are read the other way round: it is shown
 * right after the first claim it motivates (the decision first, then the belief behind it), and the evidence
 * refuting it comes right after it (the belief first, then what shows it wrong). A claim of the chain that
 * refutes it (an event that proved it wrong) keeps coming first.
 * A link that would close a cycle is skipped where the walk meets it, so the order is defined for any map.
 */
import { type ClaimIndex, indexClaims, relationsIn, relationsOut } from './claimIndex.ts';
import { compareDates } from './historicalDate.ts';
import type { ArgumentMap, Claim } from './schema.ts';

/** Structural, so the schema's story entries (`{ id, note? }`) can be passed as they are. */
export interface StoryEntry {
  readonly id: string;
}

/** Every claim exactly once. With a story: its known ids in its order, then the claims it leaves out in derived order. */
export function stepOrder(map: ArgumentMap, story?: readonly StoryEntry[]): string[] {
  const derived = derivedOrder(map);
  if (!story || story.length === 0) return derived;
  const known = new Set(derived);
  const order: string[] = [];
  const taken = new Set<string>();
  for (const { id } of story) {
    if (!known.has(id) || taken.has(id)) continue;
    taken.add(id);
    order.push(id);
  }
  for (const id of derived) if (!taken.has(id)) order.push(id);
  return order;
}

type Group = 'chain' | 'evidence' | 'conclusion';

/** Which claims come before which: "source before target", except the two links of a refuted assumption read backwards. */
interface Ordering {
  before: Map<string, string[]>;
  after: Map<string, string[]>;
  /** Claims shown right after a claim is placed: the refuted assumptions it was motivated by, the evidence refuting it. */
  follow: Map<string, string[]>;
}

function isRefutedAssumption(claim: Claim | undefined): boolean {
  return claim?.kind === 'assumption' && claim.status === 'refuted';
}

function orderingOf(index: ClaimIndex, group: ReadonlyMap<string, Group>): Ordering {
  const before = new Map<string, string[]>();
  const after = new Map<string, string[]>();
  const follow = new Map<string, string[]>();
  const add = (list: Map<string, string[]>, key: string, value: string) => {
    const values = list.get(key);
    if (!values) list.set(key, [value]);
    else if (!values.includes(value)) values.push(value);
  };
  for (const claim of index.byId.values()) {
    for (const relation of relationsOut(index, claim.id)) {
      const { source, target } = relation;
      const backwards =
        (relation.relation === 'motivates' && isRefutedAssumption(index.byId.get(source))) ||
        (relation.relation === 'refutes' && isRefutedAssumption(index.byId.get(target)) && group.get(source) === 'evidence');
      const [first, second] = backwards ? [target, source] : [source, target];
      add(before, second, first);
      add(after, first, second);
      if (backwards) add(follow, first, second);
    }
  }
  return { before, after, follow };
}

function derivedOrder(map: ArgumentMap): string[] {
  const index = indexClaims(map);
  const claims = [...index.byId.values()];
  const group = new Map(claims.map((claim) => [claim.id, groupOf(index, claim.id)]));
  const ordering = orderingOf(index, group);
  // A refuted assumption nothing comes before (refuted only by the evidence that follows it) is a start of the chain.
  for (const [id, kind] of group) if (kind === 'conclusion' && !ordering.before.has(id)) group.set(id, 'chain');
  const rank = new Map([...claims].sort((a, b) => comparePriority(index, a, b)).map((claim, i) => [claim.id, i]));
  const byRank = (a: string, b: string): number => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);

  const predecessors = (id: string): string[] => {
    const sources = [...(ordering.before.get(id) ?? [])].sort(byRank);
    return [...sources.filter((s) => group.get(s) !== 'evidence'), ...sources.filter((s) => group.get(s) === 'evidence')];
  };

  const order: string[] = [];
  const seen = new Set<string>();
  const waitingOn = new Map<string, number>();
  const ready: string[] = [];
  for (const claim of claims) {
    if (group.get(claim.id) === 'conclusion') waitingOn.set(claim.id, ordering.before.get(claim.id)?.length ?? 0);
  }

  const place = (id: string): void => {
    order.push(id);
    for (const target of ordering.after.get(id) ?? []) {
      const left = waitingOn.get(target);
      if (left === undefined) continue;
      waitingOn.set(target, left - 1);
      if (left === 1) ready.push(target);
    }
    for (const next of [...(ordering.follow.get(id) ?? [])].sort(byRank)) show(next);
  };

  /** Depth-first over the links backwards, iteratively so long chains cannot overflow the stack. */
  const show = (start: string): void => {
    if (seen.has(start)) return;
    seen.add(start);
    const stack = [{ id: start, before: predecessors(start), next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      const next = top.before[top.next];
      top.next += 1;
      if (next === undefined) {
        stack.pop();
        place(top.id);
      } else if (!seen.has(next)) {
        seen.add(next);
        stack.push({ id: next, before: predecessors(next), next: 0 });
      }
    }
  };

  const showReadyConclusions = (): void => {
    while (ready.length > 0) {
      const batch = ready.splice(0).sort(byRank);
      for (const id of batch) show(id);
    }
  };

  const byPriority = [...claims].sort((a, b) => byRank(a.id, b.id)).map((claim) => claim.id);
  for (const id of byPriority) {
    if (group.get(id) !== 'chain' || seen.has(id)) continue;
    show(id);
    showReadyConclusions();
  }
  // Left: conclusions something still unshown bears on (they bring their evidence along), then whatever a cycle cut off.
  for (const id of byPriority) if (group.get(id) === 'conclusion') show(id);
  for (const id of byPriority) show(id);
  return order;
}

function groupOf(index: ClaimIndex, id: string): Group {
  const out = relationsOut(index, id);
  const bears = out.some((r) => r.relation === 'supports' || r.relation === 'refutes');
  const drives = out.some((r) => r.relation === 'causes' || r.relation === 'motivates');
  const into = relationsIn(index, id);
  // An event that the chain causes stays in the chain even when it also refutes something.
  const driven = into.some((r) => r.relation === 'causes' || r.relation === 'motivates');
  if (bears && !drives && (index.byId.get(id)?.kind === 'evidence' || !driven)) return 'evidence';
  if (out.length === 0 && into.length > 0 && into.every((r) => r.relation === 'supports' || r.relation === 'refutes')) return 'conclusion';
  return 'chain';
}

/** Date first, in time (431 BC < AD 14 < 1950 < 1950-06 < 1950-06-25), undated last, then file order. */
function comparePriority(index: ClaimIndex, a: Claim, b: Claim): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return compareDates(a.date, b.date);
  }
  return (index.position.get(a.id) ?? 0) - (index.position.get(b.id) ?? 0);
}
