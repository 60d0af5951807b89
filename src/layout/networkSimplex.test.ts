import { Graph, layout } from '@dagrejs/dagre';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkSimplex, type RankEdge } from './networkSimplex.ts';

const totalLength = (ranks: ArrayLike<number>, edges: readonly RankEdge[]): number => edges.reduce((sum, e) => sum + e.weight * ((ranks[e.to] as number) - (ranks[e.from] as number)), 0);

/** dagre's own network-simplex ranks for the same graph (dagre doubles every minimum length internally). */
function dagreRanks(n: number, edges: readonly RankEdge[]): number[] {
  const g = new Graph({ multigraph: true });
  g.setGraph({ ranker: 'network-simplex' });
  for (let v = 0; v < n; v++) g.setNode(`n${v}`, { width: 10, height: 10 });
  edges.forEach((e, i) => g.setEdge(`n${e.from}`, `n${e.to}`, { minlen: e.minlen, weight: e.weight }, `e${i}`));
  layout(g);
  return Array.from({ length: n }, (_, v) => (g.node(`n${v}`).rank as number) / 2);
}

/** Random DAGs: edges only from a lower to a higher node number. */
const arbitraryDag = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), minlen: fc.integer({ min: 1, max: 3 }), weight: fc.integer({ min: 1, max: 4 }) }), { maxLength: 60 }),
  }).map(({ n, edges }) => ({
    n,
    edges: edges.filter((e) => e.a !== e.b).map((e): RankEdge => ({ from: Math.min(e.a, e.b), to: Math.max(e.a, e.b), minlen: e.minlen, weight: e.weight })),
  })),
);

describe('networkSimplex', () => {
  it('ranks a chain one apart and a shortcut as long as it must be', () => {
    const edges = [{ from: 0, to: 1, minlen: 1, weight: 1 }, { from: 1, to: 2, minlen: 1, weight: 1 }, { from: 0, to: 2, minlen: 1, weight: 1 }];
    const ranks = networkSimplex(3, edges);
    expect((ranks[1] as number) - (ranks[0] as number)).toBe(1);
    expect((ranks[2] as number) - (ranks[1] as number)).toBe(1);
  });

  it('pulls a lone source down next to its target', () => {
    const ranks = networkSimplex(4, [{ from: 0, to: 1, minlen: 1, weight: 1 }, { from: 1, to: 2, minlen: 1, weight: 1 }, { from: 3, to: 2, minlen: 1, weight: 1 }]);
    expect((ranks[2] as number) - (ranks[3] as number)).toBe(1);
  });

  it('rejects a cycle', () => {
    expect(() => networkSimplex(2, [{ from: 0, to: 1, minlen: 1, weight: 1 }, { from: 1, to: 0, minlen: 1, weight: 1 }])).toThrow(/acyclic/);
  });

  it('respects every minimum length and reaches the same optimum as dagre’s ranker', () => {
    fc.assert(
      fc.property(arbitraryDag, ({ n, edges }) => {
        const ranks = networkSimplex(n, edges);
        for (const e of edges) expect((ranks[e.to] as number) - (ranks[e.from] as number)).toBeGreaterThanOrEqual(e.minlen);
        expect(totalLength(ranks, edges)).toBe(totalLength(dagreRanks(n, edges), edges));
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});
