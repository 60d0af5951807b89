import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderLayers } from './orderLayers.ts';

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
