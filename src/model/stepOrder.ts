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

function derivedOrder(map: ArgumentMap): string[] {
  const index = indexClaims(map);
  const claims = [...index.byId.values()];
  const group = new Map(claims.map((claim) => [claim.id, groupOf(index, claim.id)]));
  const rank = new Map([...claims].sort((a, b) => comparePriority(index, a, b)).map((claim, i) => [claim.id, i]));
  const byRank = (a: string, b: string): number => (rank.get(a) ?? 0) - (rank.get(b) ?? 0);

  const predecessors = (id: string): string[] => {
    const sources = [...new Set(relationsIn(index, id).map((r) => r.source))].sort(byRank);
    return [...sources.filter((s) => group.get(s) !== 'evidence'), ...sources.filter((s) => group.get(s) === 'evidence')];
  };

  const order: string[] = [];
  const seen = new Set<string>();
  const waitingOn = new Map<string, number>();
  const ready: string[] = [];
  for (const claim of claims) {
    if (group.get(claim.id) === 'conclusion') waitingOn.set(claim.id, new Set(relationsIn(index, claim.id).map((r) => r.source)).size);
  }

  const place = (id: string): void => {
    order.push(id);
    for (const target of new Set(relationsOut(index, id).map((r) => r.target))) {
      const left = waitingOn.get(target);
      if (left === undefined) continue;
      waitingOn.set(target, left - 1);
      if (left === 1) ready.push(target);
    }
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
