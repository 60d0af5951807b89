// Which marks and flags a step's slide shows: the one place the deck decides it, so the slide's layout never does.
import { evaluateMap, type Evaluation } from '../../model/evaluateMap.ts';
import type { ArgumentMap } from '../../model/schema.ts';

export interface SlideMarks {
  /** The map with each claim's status as the slide shows it. */
  map: ArgumentMap;
  /** The flags the slide shows, computed from those statuses. */
  evaluation: Evaluation;
}

/** The marks shown at `step` (1-based) of `order`; 0 is the opening slide, order.length + 1 the closing one. */
export function stepMarks(map: ArgumentMap, _order: readonly string[], _step: number): SlideMarks {
  return { map, evaluation: evaluateMap(map) };
}
