import { describe, expect, it } from 'vitest';
import { layoutMap } from '../layout/layoutMap.ts';
import { aClaim, aMap, aRelation } from '../model/testBuilders.ts';
import { REAL_MARKS } from './evaluationState.ts';
import { mapToFlow } from './mapToFlow.ts';
import { stagedStepOf, withStagedMarks } from './stagedView.ts';
import { presentOrder } from './teachingState.ts';

const map = aMap(
  [
    aClaim('decision', { kind: 'event', status: 'supported', label: 'Decision' }),
    aClaim('belief', { kind: 'assumption', status: 'refuted', label: 'Belief' }),
    aClaim('archives', { kind: 'evidence', status: 'supported', label: 'Archives' }),
  ],
  [aRelation('belief', 'decision', { relation: 'motivates' }), aRelation('archives', 'belief', { relation: 'refutes' })],
);
const layout = layoutMap(map, {});

function flowAt(step: number) {
  const staged = stagedStepOf(map, { step }, REAL_MARKS);
  if (!staged) throw new Error('nothing staged');
  return withStagedMarks(mapToFlow(staged.map, layout), staged);
}

describe('stagedView', () => {
  it('stages only a presentation of the map’s own marks', () => {
    expect(presentOrder(map)).toEqual(['decision', 'belief', 'archives']);
    expect(stagedStepOf(map, null, REAL_MARKS)).toBeNull();
    expect(stagedStepOf(map, { step: 2 }, { kind: 'whatIf', overrides: {} })).toBeNull();
    expect(stagedStepOf(map, { step: 2 }, REAL_MARKS)).toBe(stagedStepOf(map, { step: 2 }, REAL_MARKS));
  });

  it('draws the refuted belief as "?" (named "not yet revealed") with no flag on the decision until the archives’ step', () => {
    const two = flowAt(2);
    const belief = two.nodes.find((n) => n.id === 'belief');
    expect(belief?.data.markHidden).toBe(true);
    expect(belief?.data.status).toBe('unassessed');
    expect(belief?.ariaLabel).toBe('Belief — Assumption, mark not yet revealed');
    expect(two.nodes.find((n) => n.id === 'decision')?.data.standing).toBeUndefined();
    expect(two.edges.find((e) => e.id === 'belief-motivates-decision')?.data?.broken).toBeUndefined();

    const three = flowAt(3);
    const revealed = three.nodes.find((n) => n.id === 'belief');
    expect(revealed?.data.markHidden).toBeUndefined();
    expect(revealed?.ariaLabel).toBe('Belief — Assumption, Refuted');
    expect(three.nodes.find((n) => n.id === 'decision')?.data.standing?.flags).toEqual(['restsOnMiscalculation']);
    expect(three.edges.find((e) => e.id === 'belief-motivates-decision')?.data?.broken).toBe(true);
  });
});
