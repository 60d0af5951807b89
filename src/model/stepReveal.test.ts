import { describe, expect, it } from 'vitest';
import { stepOrder } from './stepOrder.ts';
import { clampStep, stepReveal } from './stepReveal.ts';
import { aChain, aClaim, aMap, aRelation } from './testBuilders.ts';

describe('stepReveal', () => {
  const map = aMap(
    [aClaim('a'), aClaim('b'), aClaim('c')],
    [aRelation('a', 'b'), aRelation('b', 'c'), aRelation('a', 'c', { relation: 'motivates' })],
  );
  const order = stepOrder(map);

  it('reveals the claims up to the step and the links between them; the current claim’s links are its own', () => {
    expect(order).toEqual(['a', 'b', 'c']);
    const two = stepReveal(map, order, 2);
    expect(two?.current).toBe('b');
    expect([...(two?.shown ?? [])]).toEqual(['a', 'b']);
    expect([...(two?.shownRelations ?? [])]).toEqual(['a-causes-b']);
    const three = stepReveal(map, order, 3);
    expect([...(three?.currentRelations ?? [])].sort()).toEqual(['a-motivates-c', 'b-causes-c']);
    expect(three?.shownRelations.size).toBe(3);
  });

  it('clamps the step into 1..N and has nothing to show for an empty map', () => {
    expect(stepReveal(map, order, 0)?.step).toBe(1);
    expect(stepReveal(map, order, 99)?.step).toBe(3);
    expect(stepReveal(aMap(), [], 1)).toBeNull();
    expect(clampStep(Number.NaN, 4)).toBe(1);
    expect(clampStep(2.6, 4)).toBe(3);
  });

  it('the last step shows the whole map', () => {
    const chain = aChain('a', 'b', 'c', 'd');
    const last = stepReveal(chain, stepOrder(chain), 4);
    expect(last?.shown.size).toBe(4);
    expect(last?.shownRelations.size).toBe(3);
  });
});
