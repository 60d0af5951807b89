import { describe, expect, it } from 'vitest';
import { parseMap } from '../model/parseMap.ts';
import { LIMITS } from '../model/schema.ts';
import { depthFirstBackRelations } from './chooseLayers.ts';
import { generateShape, SHAPES } from './generateShape.ts';

/** Claims on the longest path of an acyclic map (its number of layers). */
function longestPath(map: ReturnType<typeof generateShape>): number {
  const depth = new Map<string, number>(map.nodes.map((c) => [c.id, 1]));
  // Every link of the acyclic shapes goes from a lower claim number to a higher one, so number order is topological.
  const ordered = [...map.edges].sort((a, b) => Number(a.source.slice(1)) - Number(b.source.slice(1)));
  for (const r of ordered) depth.set(r.target, Math.max(depth.get(r.target) as number, (depth.get(r.source) as number) + 1));
  return Math.max(...depth.values());
}

describe('generateShape', () => {
  it.each(SHAPES)('makes a %s of the most claims the format accepts, which loads, the same each time', (shape) => {
    const map = generateShape(shape, LIMITS.claims);
    expect(parseMap(JSON.stringify(map)).ok).toBe(true);
    expect(map.nodes).toHaveLength(LIMITS.claims);
    expect(JSON.stringify(generateShape(shape, 50))).toBe(JSON.stringify(generateShape(shape, 50)));
  });

  it('makes deep shapes: a 5,000-claim chain and tree thousands of layers deep, the tree with links branching off', () => {
    const chain = generateShape('chain', 5000);
    expect(chain.edges).toHaveLength(4999);
    expect(longestPath(chain)).toBe(5000);
    const tree = generateShape('tree', 5000);
    expect(tree.edges).toHaveLength(4999);
    expect(new Set(tree.edges.map((r) => r.target)).size).toBe(4999);
    expect(longestPath(tree)).toBeGreaterThan(2000);
    expect(longestPath(tree)).toBeLessThan(4000);
    expect(generateShape('tree-links', 5000).edges).toHaveLength(6999);
  });

  it('makes a dense map with two links per claim and a cyclic one where every claim is on a cycle', () => {
    const dense = generateShape('dense', 5000);
    expect(dense.edges.length).toBeGreaterThan(9950);
    expect(dense.edges.length).toBeLessThanOrEqual(LIMITS.relations);
    for (const shape of ['chain', 'tree', 'tree-links', 'dense'] as const) expect(depthFirstBackRelations(generateShape(shape, 500).nodes, generateShape(shape, 500).edges).size, shape).toBe(0);
    const cyclic = generateShape('cyclic', 5000);
    expect(depthFirstBackRelations(cyclic.nodes, cyclic.edges).size).toBeGreaterThan(90);
    expect(cyclic.edges.some((r) => r.source === 'c4999' && r.target === 'c0')).toBe(true);
  });
});
