// What the story editor shows of staged reveal for each step: the step the teacher chose, the step the rules give, the marks it reveals.
import { markRevealSteps, marksRevealedBySteps } from '../../model/stagedMarks.ts';
import type { ArgumentMap, Status } from '../../model/schema.ts';

export interface StepRevealPreview {
  chosen: number | null;
  decided: number;
  reveals: { id: string; label: string; status: Status }[];
}

export function revealPreview(map: ArgumentMap, order: readonly string[]): { of(id: string, index: number): StepRevealPreview } {
  const steps = markRevealSteps(map, order);
  // The rules alone, without the teacher's reveal points: what an empty field falls back to.
  const decided = map.story?.some((step) => step.revealMarkAt) ? markRevealSteps({ ...map, story: map.story.map(({ id }) => ({ id })) }, order) : steps;
  const stepOf = new Map(order.map((id, i) => [id, i + 1]));
  const chosenAt = new Map((map.story ?? []).flatMap((step) => (step.revealMarkAt ? [[step.id, step.revealMarkAt] as const] : [])));
  const claims = new Map(map.nodes.map((claim) => [claim.id, claim]));
  const bySteps = marksRevealedBySteps(steps, order);
  return {
    of(id, index) {
      const at = chosenAt.get(id);
      return {
        chosen: at === undefined ? null : Math.max(index + 1, stepOf.get(at) ?? index + 1),
        decided: decided.get(id) ?? index + 1,
        reveals: (bySteps[index] ?? []).flatMap((revealed) => {
          const claim = claims.get(revealed);
          return claim ? [{ id: claim.id, label: claim.label, status: claim.status }] : [];
        }),
      };
    },
  };
}
