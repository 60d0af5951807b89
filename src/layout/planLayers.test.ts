import { describe, expect, it } from 'vitest';
import { aClaim, aRelation } from '../model/testBuilders.ts';
import { loadSeedMap } from '../model/testSeedMap.ts';
import { chooseLayers } from './chooseLayers.ts';
import { generateMap } from './generateMap.ts';
import { layerOrdering, rankWith } from './planLayers.ts';

describe('rankWith', () => {
  it('ranks from 0, neighbours one layer apart, reversed relations upward', () => {
    const claims = ['a', 'b', 'c'].map((id) => aClaim(id));
    const relations = [aRelation('a', 'b'), aRelation('b', 'c'), aRelation('c', 'a')];
    const back = new Set([relations[2]?.id as string]);
    const { rank, length } = rankWith(claims, relations, back);
    expect(Array.from(rank)).toEqual([0, 1, 2]);
    expect(length).toBe(1 + 1 + 2);
  });
});

describe('layerOrdering', () => {
  it('puts one dummy in each layer a relation crosses, and orders every layer', () => {
    const claims = ['a', 'b', 'c'].map((id) => aClaim(id));
    const relations = [aRelation('a', 'b'), aRelation('b', 'c'), aRelation('a', 'c')];
    const ranking = rankWith(claims, relations, new Set());
    const { ordering, plan } = layerOrdering(claims, relations, ranking);
    while (ordering.step());
    const { position, firstDummy, crossings } = plan();
    // a→b and b→c join neighbouring layers, a→c crosses b's layer: 3 claims and 1 dummy.
    expect(position).toHaveLength(4);
    expect(Array.from(firstDummy)).toEqual([3, 3, 3]);
    expect(crossings).toBe(0);
    // Layer 1 holds b and a→c's dummy: two different places.
    expect(new Set([position[1], position[3]]).size).toBe(2);
  });
});

describe('chooseLayers', () => {
  it('finds the seed map (in id order, as layoutMap gives it) a choice without crossings, reversing one relation of its cycle', () => {
    const map = loadSeedMap();
    const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : 1);
    const plan = chooseLayers([...map.nodes].sort(byId), [...map.edges].sort(byId));
    expect(plan.crossings).toBe(0);
    expect(plan.back.size).toBe(1);
  });

  it('gets the generated 20-claim map past the local minimum four sweeps without improvement stop at (11 crossings)', () => {
    const map = generateMap({ size: 20 });
    const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : 1);
    expect(chooseLayers([...map.nodes].sort(byId), [...map.edges].sort(byId)).crossings).toBeLessThanOrEqual(6);
  });

  it('reports ranking, then ordering', () => {
    const steps: string[] = [];
    chooseLayers([aClaim('a'), aClaim('b')], [aRelation('a', 'b')], (step) => steps.push(step));
    expect(steps).toEqual(['ranking', 'ordering']);
  });
});
