import { describe, expect, it } from 'vitest';
import { focusNeighbourhood } from './focusNeighbourhood.ts';
import { aChain, aClaim, aMap, aRelation } from './testBuilders.ts';

describe('focusNeighbourhood', () => {
  it('reaches N links either way along a chain', () => {
    const map = aChain('a', 'b', 'c', 'd', 'e');
    expect([...focusNeighbourhood(map, 'c', 1)].sort()).toEqual(['b', 'c', 'd']);
    expect([...focusNeighbourhood(map, 'c', 2)].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([...focusNeighbourhood(map, 'a', 1)].sort()).toEqual(['a', 'b']);
  });

  it('depth 0 is the claim alone; an unknown claim gives nothing', () => {
    const map = aChain('a', 'b');
    expect([...focusNeighbourhood(map, 'a', 0)]).toEqual(['a']);
    expect(focusNeighbourhood(map, 'zz', 3).size).toBe(0);
  });

  it('follows every relation kind, terminates on cycles and leaves unconnected claims out', () => {
    const map = aMap(
      [aClaim('a'), aClaim('b'), aClaim('c'), aClaim('lone')],
      [aRelation('a', 'b'), aRelation('b', 'c', { relation: 'refutes' }), aRelation('c', 'a', { relation: 'motivates' })],
    );
    expect([...focusNeighbourhood(map, 'a', 10)].sort()).toEqual(['a', 'b', 'c']);
  });
});
