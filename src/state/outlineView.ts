// The outline and the step panel as the evaluation mode shows them: what-if statuses, and in practice the student's own marks.
import type { Evaluation } from '../model/evaluateMap.ts';
import { type OutlineItem, outlineItems } from '../model/outline.ts';
import type { ArgumentMap } from '../model/schema.ts';
import { stepOrder } from '../model/stepOrder.ts';
import type { EvaluationMode } from './evaluationState.ts';
import { evaluationOf, shownMapOf } from './evaluationView.ts';
import { presentOrder } from './teachingState.ts';

/** What the outline is made from: the map whose statuses it lists and the evaluation whose flags it lists. */
export interface OutlineSource {
  map: ArgumentMap;
  evaluation: Evaluation;
  /** True in practice, where the map's marks and every flag would give the answers away. */
  practice: boolean;
  /** The real map's step order (what-if marks must not move the steps); in practice, the order of a map with no marks, which gives none away. */
  order: readonly string[];
}

const NOTHING_FLAGGED: Evaluation = { claims: {}, relations: {} };

const practiceSources = new WeakMap<ArgumentMap, { marks: object; source: OutlineSource }>();
const items = new WeakMap<OutlineSource['map'], WeakMap<Evaluation, OutlineItem[]>>();

export function outlineSourceOf(map: ArgumentMap, mode: EvaluationMode): OutlineSource {
  if (mode.kind !== 'practice') {
    const shown = shownMapOf(map, mode);
    return { map: shown, evaluation: evaluationOf(shown), practice: false, order: presentOrder(map) };
  }
  const cached = practiceSources.get(map);
  if (cached?.marks === mode.marks) return cached.source;
  // A claim the student has not marked yet reads "unassessed": by the student, which is true.
  const marked: ArgumentMap = {
    ...map,
    nodes: map.nodes.map((claim) => ({ ...claim, status: Object.hasOwn(mode.marks, claim.id) ? (mode.marks[claim.id] ?? 'unassessed') : 'unassessed' })),
  };
  // Where a refuted assumption is taught depends on its mark, so practice lists the steps as if nothing were marked.
  const blank: ArgumentMap = { ...map, nodes: map.nodes.map((claim) => ({ ...claim, status: 'unassessed' })) };
  const source: OutlineSource = { map: marked, evaluation: NOTHING_FLAGGED, practice: true, order: stepOrder(blank, map.story) };
  practiceSources.set(map, { marks: mode.marks, source });
  return source;
}

/** The outline's items in step order, computed once per source (every edit or mark makes new objects). */
export function outlineItemsOf(source: OutlineSource): OutlineItem[] {
  let byEvaluation = items.get(source.map);
  if (!byEvaluation) {
    byEvaluation = new WeakMap();
    items.set(source.map, byEvaluation);
  }
  let list = byEvaluation.get(source.evaluation);
  if (!list) {
    list = outlineItems(source.map, source.evaluation, source.map.story, source.order);
    byEvaluation.set(source.evaluation, list);
  }
  return list;
}
