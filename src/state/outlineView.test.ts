// The outline shows what the mode shows: what-if statuses and flags, and in practice the student's marks and no flags.
import { describe, expect, it } from 'vitest';
import { outlineMarkdown } from '../model/outline.ts';
import { aClaim, aMap, aRelation } from '../model/testBuilders.ts';
import type { EvaluationMode } from './evaluationState.ts';
import { outlineItemsOf, outlineSourceOf } from './outlineView.ts';

const map = aMap(
  [aClaim('belief', { kind: 'assumption', status: 'refuted' }), aClaim('decision', { status: 'supported' })],
  [aRelation('belief', 'decision', { relation: 'motivates' })],
);
const real: EvaluationMode = { kind: 'real' };

function statusOf(mode: EvaluationMode, id: string) {
  return outlineItemsOf(outlineSourceOf(map, mode)).find((item) => item.id === id)?.status;
}

describe('outlineSourceOf', () => {
  it('lists the real marks and their flags outside the evaluation modes', () => {
    const items = outlineItemsOf(outlineSourceOf(map, real));
    // The refuted belief is taught right after the decision it motivated.
    expect(items.map((item) => [item.id, item.status])).toEqual([
      ['decision', 'supported'],
      ['belief', 'refuted'],
    ]);
    expect(items.find((item) => item.id === 'decision')?.flags.map((flag) => flag.kind)).toContain('restsOnMiscalculation');
  });

  it('keeps the real map’s step order whatever marks what-if tries; practice lists them as if nothing were marked', () => {
    const ids = (mode: EvaluationMode) => outlineItemsOf(outlineSourceOf(map, mode)).map((item) => item.id);
    expect(ids({ kind: 'whatIf', overrides: { belief: 'supported' } })).toEqual(ids(real));
    expect(ids({ kind: 'practice', marks: {}, checked: false })).toEqual(['belief', 'decision']);
    expect(ids({ kind: 'practice', marks: { belief: 'refuted' }, checked: true })).toEqual(['belief', 'decision']);
  });

  it('lists the tried statuses in what-if, and the flags they give', () => {
    const whatIf: EvaluationMode = { kind: 'whatIf', overrides: { belief: 'supported' } };
    expect(statusOf(whatIf, 'belief')).toBe('supported');
    expect(outlineItemsOf(outlineSourceOf(map, whatIf)).flatMap((item) => item.flags)).toEqual([]);
    expect(map.nodes[0]?.status).toBe('refuted');
  });

  it('gives nothing away in practice: the student’s marks, unmarked claims unassessed, no flags, no broken links', () => {
    const practice: EvaluationMode = { kind: 'practice', marks: { decision: 'contested' }, checked: false };
    const source = outlineSourceOf(map, practice);
    expect(source.practice).toBe(true);
    const items = outlineItemsOf(source);
    expect(items.map((item) => [item.id, item.status])).toEqual([
      ['belief', 'unassessed'],
      ['decision', 'contested'],
    ]);
    expect(items.flatMap((item) => item.flags)).toEqual([]);
    expect(items.flatMap((item) => item.links).some((link) => link.broken)).toBe(false);
    const markdown = outlineMarkdown(source.map, source.evaluation, map.story);
    expect(markdown).not.toContain('refuted');
    expect(markdown).not.toContain('supported');
  });

  it('computes the items once per map and marks', () => {
    const practice: EvaluationMode = { kind: 'practice', marks: {}, checked: false };
    expect(outlineItemsOf(outlineSourceOf(map, practice))).toBe(outlineItemsOf(outlineSourceOf(map, practice)));
    expect(outlineItemsOf(outlineSourceOf(map, real))).toBe(outlineItemsOf(outlineSourceOf(map, real)));
  });
});
