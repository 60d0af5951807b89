// Staged reveal: from which presentation step each claim's mark is shown, and the map as one step shows it.
/**
 * The rules of staged reveal (a claim's mark is the punchline, so it waits for what decides it).
 *
 * A claim's mark is shown from the step where what decides it has been shown, never before the claim itself:
 * - refuted: the first step that shows a claim refuting it;
 * - supported: the first step that shows a claim supporting it;
 * - contested: the first step by which both a supporter and a refuter have been shown; a claim with links of one
 *   kind only, from the first of those;
 * - a claim nothing decides (unassessed, or with no `supports`/`refutes` link into it): from its own step.
 * A teacher's story step may set `revealMarkAt` (a claim id): the mark is then shown from that claim's step
 * (or from its own step, when that comes later), whatever the rules above say.
 *
 * Until then the mark reads "?" (not yet revealed), and the computed flags are those of the map with every
 * unrevealed mark taken as unassessed, so no flag gives a hidden mark away.
 */
import { type Evaluation, evaluateMap } from './evaluateMap.ts';
import type { ArgumentMap, Claim } from './schema.ts';
import { clampStep } from './stepReveal.ts';

/** What a hidden mark says, in words for screen readers and slides. */
export const HIDDEN_MARK_WORDS = 'not yet revealed';

/** 1-based step from which each claim's mark is shown; `order` is the step order (stepOrder). */
export function markRevealSteps(map: ArgumentMap, order: readonly string[]): Map<string, number> {
  const stepOf = new Map(order.map((id, i) => [id, i + 1]));
  const firstStep = (ids: readonly string[]): number | undefined => {
    let first: number | undefined;
    for (const id of ids) {
      const at = stepOf.get(id);
      if (at !== undefined && (first === undefined || at < first)) first = at;
    }
    return first;
  };
  const supporters = new Map<string, string[]>();
  const refuters = new Map<string, string[]>();
  for (const relation of map.edges) {
    const into = relation.relation === 'supports' ? supporters : relation.relation === 'refutes' ? refuters : null;
    if (!into) continue;
    const list = into.get(relation.target);
    if (list) list.push(relation.source);
    else into.set(relation.target, [relation.source]);
  }
  const setAt = new Map((map.story ?? []).flatMap((step) => (step.revealMarkAt ? [[step.id, step.revealMarkAt] as const] : [])));

  const steps = new Map<string, number>();
  for (const claim of map.nodes) {
    const own = stepOf.get(claim.id);
    if (own === undefined) continue;
    const teacher = setAt.get(claim.id);
    const decided = teacher !== undefined ? stepOf.get(teacher) : decidingStep(claim, firstStep(supporters.get(claim.id) ?? []), firstStep(refuters.get(claim.id) ?? []));
    steps.set(claim.id, Math.max(own, decided ?? own));
  }
  return steps;
}

function decidingStep(claim: Claim, supporter: number | undefined, refuter: number | undefined): number | undefined {
  switch (claim.status) {
    case 'refuted':
      return refuter;
    case 'supported':
      return supporter;
    case 'contested':
      return supporter !== undefined && refuter !== undefined ? Math.max(supporter, refuter) : (supporter ?? refuter);
    case 'unassessed':
      return undefined;
  }
}

/** For each step (index 0 is step 1), the claims whose marks that step reveals, in step order. */
export function marksRevealedBySteps(revealSteps: ReadonlyMap<string, number>, order: readonly string[]): string[][] {
  const bySteps: string[][] = order.map(() => []);
  for (const id of order) bySteps[(revealSteps.get(id) ?? 1) - 1]?.push(id);
  return bySteps;
}

export interface StagedStep {
  /** 1-based, clamped into the order. */
  step: number;
  /** Claims whose marks are not shown yet at this step (the ones not shown at all among them). */
  hiddenMarks: ReadonlySet<string>;
  /** The map as this step shows its marks: every hidden mark taken as unassessed. */
  map: ArgumentMap;
  /** The computed standing of `map`: flags that follow the revealed marks only. */
  evaluation: Evaluation;
}

/** The marks and flags of one presentation step; null when there is nothing to present. */
export function stagedStep(map: ArgumentMap, order: readonly string[], step: number): StagedStep | null {
  const at = clampStep(step, order.length);
  if (at === 0) return null;
  const revealSteps = markRevealSteps(map, order);
  const hiddenMarks = new Set(map.nodes.filter((claim) => (revealSteps.get(claim.id) ?? Infinity) > at).map((claim) => claim.id));
  const staged: ArgumentMap =
    hiddenMarks.size === 0 ? map : { ...map, nodes: map.nodes.map((claim) => (hiddenMarks.has(claim.id) && claim.status !== 'unassessed' ? { ...claim, status: 'unassessed' } : claim)) };
  return { step: at, hiddenMarks, map: staged, evaluation: evaluateMap(staged) };
}
