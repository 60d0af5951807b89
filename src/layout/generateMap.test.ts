import { describe, expect, it } from 'vitest';
import { parseMap } from '../model/parseMap.ts';
import { depthFirstBackRelations } from './chooseLayers.ts';
import { generateMap } from './generateMap.ts';

describe('generateMap', () => {
  it('makes the same map for the same size and seed, another for another seed', () => {
    expect(JSON.stringify(generateMap({ size: 50 }))).toBe(JSON.stringify(generateMap({ size: 50 })));
    expect(JSON.stringify(generateMap({ size: 50, seed: 2 }))).not.toBe(JSON.stringify(generateMap({ size: 50 })));
  });

  it.each([1, 20, 300, 2000])('makes a valid map of %i claims with about 1.4 links per claim', (size) => {
    const map = generateMap({ size });
    const parsed = parseMap(JSON.stringify(map));
    expect(parsed.ok).toBe(true);
    expect(map.nodes).toHaveLength(size);
    if (size >= 20) expect(map.edges.length / size).toBeCloseTo(1.4, 1);
  });

  it('includes cycles, long links and sentence labels of mixed length', () => {
    const map = generateMap({ size: 300 });
    expect(depthFirstBackRelations(map.nodes, map.edges).size).toBeGreaterThan(0);
    const index = (id: string): number => Number(id.slice(1));
    expect(map.edges.some((r) => Math.abs(index(r.target) - index(r.source)) > 60)).toBe(true);
    const words = map.nodes.map((c) => c.label.split(' ').length);
    expect(Math.min(...words)).toBeLessThanOrEqual(4);
    expect(Math.max(...words)).toBeGreaterThanOrEqual(12);
  });
});
