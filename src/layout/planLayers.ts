// The layers dagre draws for one cycle-breaking choice: ranks (network simplex) and in-layer order (orderLayers), on flat arrays.
import type { Claim, Relation } from '../model/schema.ts';
import { networkSimplex, type RankEdge } from './networkSimplex.ts';
import { startOrdering, type Ordering } from './orderLayers.ts';
import { shuffled } from './seededRandom.ts';

/** Ranks for one choice of relations drawn against the flow. */
export interface Ranking {
  back: ReadonlySet<string>;
  /** Layer of each claim (in the order given), the first layer 0. */
  rank: Int32Array;
  /** Total layers crossed by the relations: the drawing's edge length. */
  length: number;
}

/** A ranking with every relation cut into one segment per layer and each layer ordered. */
export interface LayerPlan extends Ranking {
  /**
   * Place within its layer of each claim (indices 0..claims-1) and of each dummy point where a relation
   * crosses a layer (the indices after the claims).
   */
  position: Int32Array;
  /** Index of each relation's first dummy: the one a layer below its upper end; the rest follow layer by layer. */
  firstDummy: Int32Array;
  /** Weighted crossings between neighbouring layers. */
  crossings: number;
}

/**
 * Start orders for the crossing reduction of a layered graph, the k-th made when first asked for (most
 * orderings stop after one or two): dagre's (input order by layer) first, then its reverse, then shuffles.
 */
export function orderStarts(rank: Int32Array, count: number): (k: number) => readonly number[] | undefined {
  const made: number[][] = [];
  const identity = (): number[] => Array.from(rank, (_, i) => i);
  const byRank = (order: number[]): number[] => order.sort((a, b) => (rank[a] as number) - (rank[b] as number));
  return (k) => {
    if (k >= count) return undefined;
    made[k] ??= byRank(k === 0 ? identity() : k === 1 ? identity().reverse() : shuffled(identity(), 7919 * k));
    return made[k];
  };
}

/** How many start orders the crossing reduction tries: more for small maps, where each costs little. */
export function orderStartsFor(layerNodeCount: number): number {
  if (layerNodeCount <= 150) return 8;
  if (layerNodeCount <= 600) return 4;
  if (layerNodeCount <= 3000) return 2;
  return 1;
}

/**
 * How many sweeps without a better order a start may make before it gives up. Four tries each sweep kind
 * (down and up, ties kept or flipped) once; a second round often gets out of a local minimum (the generated
 * 20-claim map: 11 crossings after four, 5 after eight), which small layered graphs can afford.
 */
export function orderPatienceFor(layerNodeCount: number): number {
  return layerNodeCount <= 1000 ? 8 : 4;
}

/**
 * Each relation as dagre is given it: upper end first (reversed when drawn against the flow). Loops and
 * push rather than .map: V8's optimised .map makes arrays of another elements kind than its unoptimised
 * one, and every function reading them was deoptimised when the first of those arrived.
 */
function ends(claims: readonly Claim[], relations: readonly Relation[], back: ReadonlySet<string>): RankEdge[] {
  const index = new Map<string, number>();
  for (let i = 0; i < claims.length; i++) index.set((claims[i] as Claim).id, i);
  const edges: RankEdge[] = [];
  for (const r of relations) {
    const reversed = back.has(r.id);
    edges.push({ from: index.get(reversed ? r.target : r.source) as number, to: index.get(reversed ? r.source : r.target) as number, minlen: 1, weight: 1 });
  }
  return edges;
}

/**
 * Compact ranks: network simplex with every relation at least one layer long. (dagre's own ranking doubles
 * every minimum length to leave a layer for edge labels, which we have none of; see runDagre.)
 */
export function rankWith(claims: readonly Claim[], relations: readonly Relation[], back: ReadonlySet<string>): Ranking {
  const edges = ends(claims, relations, back);
  const rank = networkSimplex(claims.length, edges);
  let min = Infinity;
  for (const r of rank) min = Math.min(min, r);
  if (min !== Infinity) for (let i = 0; i < rank.length; i++) rank[i] = (rank[i] as number) - min;
  let length = 0;
  for (const { from, to } of edges) length += (rank[to] as number) - (rank[from] as number);
  return { back, rank, length };
}

/**
 * A ranking's layered graph with its crossing reduction ready to run: one dummy per layer a relation
 * crosses (as dagre's normalize step adds them), ordered from a few deterministic start orders.
 */
export function layerOrdering(claims: readonly Claim[], relations: readonly Relation[], ranking: Ranking): { ordering: Ordering; plan: () => LayerPlan } {
  const layer: number[] = Array.from(ranking.rank);
  const layered: { from: number; to: number; weight: number }[] = [];
  const firstDummy = new Int32Array(relations.length);
  const relationEnds = ends(claims, relations, ranking.back);
  for (let j = 0; j < relationEnds.length; j++) {
    const { from, to } = relationEnds[j] as RankEdge;
    firstDummy[j] = layer.length;
    let previous = from;
    for (let r = (ranking.rank[from] as number) + 1; r < (ranking.rank[to] as number); r++) {
      const dummy = layer.length;
      layer.push(r);
      layered.push({ from: previous, to: dummy, weight: 1 });
      previous = dummy;
    }
    layered.push({ from: previous, to, weight: 1 });
  }
  const rank = Int32Array.from(layer);
  const ordering = startOrdering(rank.length, { rank, edges: layered }, { starts: orderStarts(rank, orderStartsFor(rank.length)), patience: orderPatienceFor(rank.length) });
  return { ordering, plan: () => ({ ...ranking, ...ordering.polished(), firstDummy }) };
}
