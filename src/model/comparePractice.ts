// Practice mode's "Check": a student's marks compared with the map's statuses, claim by claim, with a score.
import type { ArgumentMap, Status } from './schema.ts';

export interface PracticeDifference {
  id: string;
  expected: Status;
  given: Status;
}

export interface PracticeResult {
  agree: string[];
  differ: PracticeDifference[];
  unmarked: string[];
  /** Every claim counts towards the total, so leaving a claim unmarked costs a point. */
  score: { correct: number; total: number };
}

/** Lists follow the file's claim order; marks for ids that are not in the map are ignored. */
export function comparePractice(map: ArgumentMap, marks: Readonly<Record<string, Status>>): PracticeResult {
  const result: PracticeResult = { agree: [], differ: [], unmarked: [], score: { correct: 0, total: 0 } };
  const seen = new Set<string>();
  for (const claim of map.nodes) {
    if (seen.has(claim.id)) continue;
    seen.add(claim.id);
    const given = Object.hasOwn(marks, claim.id) ? marks[claim.id] : undefined;
    if (given === undefined) result.unmarked.push(claim.id);
    else if (given === claim.status) result.agree.push(claim.id);
    else result.differ.push({ id: claim.id, expected: claim.status, given });
  }
  result.score = { correct: result.agree.length, total: seen.size };
  return result;
}
