import { describe, expect, it } from 'vitest';
import { claimGrounds } from './claimGrounds.ts';
import { aClaim, aMap, aRelation } from './testBuilders.ts';

describe('claimGrounds', () => {
  it('lists the supporting and refuting claims with their marks, ignoring causal links', () => {
    const map = aMap(
      [
        aClaim('t', { label: 'Thesis' }),
        aClaim('e', { label: 'Archives', status: 'supported' }),
        aClaim('b', { label: 'Belief', status: 'refuted' }),
        aClaim('c', { label: 'Cause' }),
      ],
      [aRelation('e', 't', { relation: 'supports' }), aRelation('b', 't', { relation: 'refutes' }), aRelation('c', 't')],
    );
    expect(claimGrounds(map, 't')).toEqual(['supported by: Archives (supported)', 'refuted by: Belief (refuted)']);
    expect(claimGrounds(map, 'c')).toEqual([]);
    expect(claimGrounds(map, 'missing')).toEqual([]);
  });
});

describe('claimGrounds with a joint group', () => {
  it('gives a joint group one sentence naming every member, and separate links one each', () => {
    const map = aMap(
      [aClaim('t', { label: 'Thesis' }), aClaim('p', { label: 'Premise', status: 'refuted' }), aClaim('q', { label: 'Co-premise' }), aClaim('e', { label: 'Archives' })],
      [
        aRelation('p', 't', { relation: 'supports', joint: 'g' }),
        aRelation('e', 't', { relation: 'supports' }),
        aRelation('q', 't', { relation: 'supports', joint: 'g' }),
      ],
    );
    expect(claimGrounds(map, 't')).toEqual(['supported jointly by: Premise (refuted) and Co-premise (unassessed)', 'supported by: Archives (unassessed)']);
  });
});
