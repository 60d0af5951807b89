import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderLayers } from './orderLayers.ts';
import { orderStarts } from './planLayers.ts';

const edge = (from: number, to: number) => ({ from, to, weight: 1 });

describe('orderLayers', () => {
  it('untwists two crossing edges', () => {
    const rank = Int32Array.from([0, 0, 1, 1]);
    const { position, crossings } = orderLayers(4, { rank, edges: [edge(0, 3), edge(1, 2)] }, { starts: [[0, 1, 3, 2]] });
    expect(crossings).toBe(0);
    expect(Math.sign((position[0] as number) - (position[1] as number))).toBe(Math.sign((position[3] as number) - (position[2] as number)));
  });

  it('finds a crossing-free order for any layered tree', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (parents) => {
        // Node i + 1 hangs below an earlier node, one layer deeper.
        const rank = new Int32Array(parents.length + 1);
        const edges = parents.map((p, i) => {
          const parent = p % (i + 1);
          rank[i + 1] = (rank[parent] as number) + 1;
          return edge(parent, i + 1);
        });
        const ids = Array.from(rank, (_, i) => i).sort((a, b) => (rank[a] as number) - (rank[b] as number));
        const { position, crossings } = orderLayers(rank.length, { rank, edges }, { starts: [ids] });
        expect(crossings).toBe(0);
        // Positions are a permutation within each layer.
        const byLayer = new Map<number, number[]>();
        rank.forEach((r, v) => byLayer.set(r, [...(byLayer.get(r) ?? []), position[v] as number]));
        for (const slots of byLayer.values()) expect([...slots].sort((a, b) => a - b)).toEqual(slots.map((_, i) => i));
      }),
    );
  });

  it('never ends worse than its start order', () => {
    const rank = Int32Array.from([0, 0, 0, 1, 1, 1]);
    const edges = [edge(0, 5), edge(1, 4), edge(2, 3), edge(0, 3)];
    const start = orderLayers(6, { rank, edges }, { starts: [[2, 1, 0, 3, 4, 5]], maxSweeps: 0 }).crossings;
    expect(start).toBeGreaterThan(0);
    expect(orderLayers(6, { rank, edges }, { starts: [[2, 1, 0, 3, 4, 5]] }).crossings).toBeLessThan(start);
  });
});

describe('orderLayers start orders', () => {
  const named = (layerOf: Record<string, number>, links: [string, string][]) => {
    const names = Object.keys(layerOf);
    const index = new Map(names.map((n, i) => [n, i]));
    const rank = Int32Array.from(names.map((n) => layerOf[n] as number));
    return { n: names.length, graph: { rank, edges: links.map(([a, b]) => edge(index.get(a) as number, index.get(b) as number)) }, starts: orderStarts(rank, 8) };
  };

  it('draws a tree plus one edge without crossings when its one source lists the subtrees in an unlucky order', () => {
    // r's children D, A, B; the extra edge joins D's child w and A's middle child a2 at s, so A's subtree must
    // sit next to D's with a2 at that end. Depth-first starts that visit children as edges were added all
    // put B between or a2 inside; starts that visit children in their own order find it.
    const { n, graph, starts } = named(
      { r: 0, D: 1, A: 1, B: 1, a1: 2, a2: 2, a3: 2, b1: 2, b2: 2, w: 2, s: 3, c1: 3, c2: 3, e1: 3, e2: 3 },
      [['r', 'D'], ['r', 'A'], ['r', 'B'], ['A', 'a3'], ['A', 'a1'], ['A', 'a2'], ['B', 'b1'], ['B', 'b2'], ['D', 'w'], ['a2', 's'], ['w', 's'], ['b1', 'c1'], ['b2', 'c2'], ['a1', 'e1'], ['a3', 'e2']],
    );
    expect(orderLayers(n, graph, { starts, patience: 8 }).crossings).toBe(0);
  });
});
