// Which marks and flags a step's slide shows: the one place the deck decides it, so the slide's layout never does.
import { evaluateMap, type Evaluation } from '../../model/evaluateMap.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { stagedStep } from '../../model/stagedMarks.ts';

export interface SlideMarks {
  /** The map with each claim's status as the slide shows it (a mark not yet revealed reads as unassessed). */
  map: ArgumentMap;
  /** The flags the slide shows, computed from those statuses. */
  evaluation: Evaluation;
  /** Claims whose marks the step has not revealed yet: drawn as "?". */
  hiddenMarks: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The marks shown at `step` (1-based) of `order`, staged as Present stages them (src/model/stagedMarks.ts); 0 is the
 * opening slide, order.length + 1 the closing one, which shows every mark.
 */
export function stepMarks(map: ArgumentMap, order: readonly string[], step: number): SlideMarks {
  const staged = step >= 1 && step <= order.length ? stagedStep(map, order, step) : null;
  if (!staged) return { map, evaluation: evaluateMap(map), hiddenMarks: NONE };
  return { map: staged.map, evaluation: staged.evaluation, hiddenMarks: staged.hiddenMarks };
}
