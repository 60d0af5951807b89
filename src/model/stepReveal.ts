// What one presentation step shows: the claims revealed so far, the current one, and the links between shown claims.
import type { ArgumentMap } from './schema.ts';

export interface StepReveal {
  /** 1-based step, clamped into the order. */
  step: number;
  /** The claim this step reveals. */
  current: string;
  /** Every claim revealed up to and including this step. */
  shown: ReadonlySet<string>;
  /** Relations whose two ends are shown. */
  shownRelations: ReadonlySet<string>;
  /** Shown relations that touch the current claim: its links, revealed with it. */
  currentRelations: ReadonlySet<string>;
}

export function clampStep(step: number, count: number): number {
  if (count === 0) return 0;
  return Math.min(count, Math.max(1, Math.round(Number.isFinite(step) ? step : 1)));
}

/** `order` is the step order (stepOrder); null when the order is empty. */
export function stepReveal(map: ArgumentMap, order: readonly string[], step: number): StepReveal | null {
  const at = clampStep(step, order.length);
  if (at === 0) return null;
  const shown = new Set(order.slice(0, at));
  const current = order[at - 1] as string;
  const shownRelations = new Set<string>();
  const currentRelations = new Set<string>();
  for (const relation of map.edges) {
    if (!shown.has(relation.source) || !shown.has(relation.target)) continue;
    shownRelations.add(relation.id);
    if (relation.source === current || relation.target === current) currentRelations.add(relation.id);
  }
  return { step: at, current, shown, shownRelations, currentRelations };
}
