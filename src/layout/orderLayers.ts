// Crossing reduction inside each layer (Gansner et al. 1993: barycentre sweeps plus transposition) on flat arrays.
import { siftLayers } from './siftLayers.ts';

export interface LayeredGraph {
  /** Layer of each node; every edge joins neighbouring layers. */
  rank: Int32Array;
  edges: readonly { from: number; to: number; weight: number }[];
}

interface Adjacency {
  /** Neighbours one layer up / down, with edge weights. */
  up: number[][];
  upWeight: number[][];
  down: number[][];
  downWeight: number[][];
}

function adjacency(n: number, graph: LayeredGraph): Adjacency {
  const adj: Adjacency = { up: [], upWeight: [], down: [], downWeight: [] };
  for (let v = 0; v < n; v++) {
    adj.up.push([]);
    adj.upWeight.push([]);
    adj.down.push([]);
    adj.downWeight.push([]);
  }
  for (const { from, to, weight } of graph.edges) {
    const [top, bottom] = (graph.rank[from] as number) < (graph.rank[to] as number) ? [from, to] : [to, from];
    (adj.down[top] as number[]).push(bottom);
    (adj.downWeight[top] as number[]).push(weight);
    (adj.up[bottom] as number[]).push(top);
    (adj.upWeight[bottom] as number[]).push(weight);
  }
  return adj;
}

/**
 * Weighted crossings between two neighbouring layers (Barth, Jünger and Mutzel's accumulator): edges
 * taken in order of their upper end, then lower end; each crosses the weight of earlier edges whose
 * lower end lies strictly to its right, kept in a Fenwick tree. `ends` is scratch space.
 */
function layerCrossings(upper: readonly number[], lowerSize: number, pos: Int32Array, adj: Adjacency, tree: Float64Array, ends: Int32Array): number {
  tree.fill(0, 0, lowerSize + 1);
  let total = 0;
  let seen = 0;
  for (const v of upper) {
    const down = adj.down[v] as number[];
    const weights = adj.downWeight[v] as number[];
    // Insertion sort by lower end (stable, like Array#sort, which allocates on every call): a node has few edges.
    for (let i = 0; i < down.length; i++) {
      const at = pos[down[i] as number] as number;
      let k = i;
      while (k > 0 && (pos[down[ends[k - 1] as number] as number] as number) > at) {
        ends[k] = ends[k - 1] as number;
        k--;
      }
      ends[k] = i;
    }
    for (let j = 0; j < down.length; j++) {
      const i = ends[j] as number;
      const lowerPos = pos[down[i] as number] as number;
      const weight = weights[i] as number;
      let atOrLeft = 0;
      for (let k = lowerPos + 1; k > 0; k -= k & -k) atOrLeft += tree[k] as number;
      total += weight * (seen - atOrLeft);
      seen += weight;
      for (let k = lowerPos + 1; k <= lowerSize; k += k & -k) tree[k] = (tree[k] as number) + weight;
    }
  }
  return total;
}

/** Reusable buffers of one crossing reduction, sized once: the sweeps run many times per layout. */
interface Scratch {
  tree: Float64Array;
  /** A node's edges to the layer below, by their lower end. */
  ends: Int32Array;
  bary: Float64Array;
  at: Int32Array;
  /** The nodes of a layer that have neighbours in the fixed layer, sorted by barycentre. */
  movable: Int32Array;
}

function totalCrossings(layers: number[][], pos: Int32Array, adj: Adjacency, scratch: Scratch): number {
  let total = 0;
  for (let r = 0; r + 1 < layers.length; r++) total += layerCrossings(layers[r] as number[], (layers[r + 1] as number[]).length, pos, adj, scratch.tree, scratch.ends);
  return total;
}

/** Crossings among the edges of u and v toward one neighbouring layer when u is left of v. */
function pairCrossings(u: number, v: number, near: number[][], nearWeight: number[][], pos: Int32Array): number {
  const nu = near[u] as number[];
  const nv = near[v] as number[];
  let count = 0;
  for (let i = 0; i < nu.length; i++)
    for (let j = 0; j < nv.length; j++)
      if ((pos[nu[i] as number] as number) > (pos[nv[j] as number] as number)) count += ((nearWeight[u] as number[])[i] as number) * ((nearWeight[v] as number[])[j] as number);
  return count;
}

function place(layer: readonly number[], pos: Int32Array): void {
  for (let i = 0; i < layer.length; i++) pos[layer[i] as number] = i;
}

/**
 * Reorders one layer by the weighted barycentre of each node's neighbours in the fixed layer; nodes
 * without such neighbours keep their slots. Ties keep the current order, or flip it when `biasRight`.
 */
/** Whether v goes left of u: smaller barycentre, or the same and placed left of u now (right when `biasRight`). */
function before(v: number, u: number, bary: Float64Array, at: Int32Array, biasRight: boolean): boolean {
  const x = bary[v] as number;
  const y = bary[u] as number;
  if (x !== y) return x < y;
  return biasRight ? (at[v] as number) > (at[u] as number) : (at[v] as number) < (at[u] as number);
}

function sortLayer(layer: number[], near: number[][], nearWeight: number[][], pos: Int32Array, biasRight: boolean, scratch: Scratch): void {
  const { bary, at, movable } = scratch;
  let count = 0;
  for (let i = 0; i < layer.length; i++) {
    const v = layer[i] as number;
    const ns = near[v] as number[];
    if (ns.length === 0) continue;
    const ws = nearWeight[v] as number[];
    let sum = 0;
    let weight = 0;
    for (let k = 0; k < ns.length; k++) {
      sum += (ws[k] as number) * (pos[ns[k] as number] as number);
      weight += ws[k] as number;
    }
    bary[v] = weight > 0 ? sum / weight : (pos[ns[0] as number] as number);
    at[v] = i;
    movable[count++] = v;
  }
  // Insertion sort by barycentre, ties by current place (or its reverse): layers are short, and Array#sort
  // allocates on every call, which the many sweeps of a layout turned into frequent garbage collections.
  for (let i = 1; i < count; i++) {
    const v = movable[i] as number;
    let k = i;
    while (k > 0 && before(v, movable[k - 1] as number, bary, at, biasRight)) {
      movable[k] = movable[k - 1] as number;
      k--;
    }
    movable[k] = v;
  }
  let k = 0;
  for (let i = 0; i < layer.length; i++) if ((near[layer[i] as number] as number[]).length > 0) layer[i] = movable[k++] as number;
}

/**
 * Swaps neighbours in a layer while that lowers crossings with both neighbouring layers. A layer is
 * looked at again only when it or a neighbouring layer changed in the previous pass (Graphviz's
 * candidate flags), which keeps big maps fast. With `equalSwaps` a pair that crosses as much either way
 * is swapped too, as Graphviz's transpose does on half its sweeps (its `reverse`): the order moves across
 * plateaus the strict rule stops on (on the AT&T graphs, 7 % fewer crossings).
 */
function transpose(layers: number[][], pos: Int32Array, adj: Adjacency, maxPasses: number, equalSwaps: boolean): void {
  let dirty = new Uint8Array(layers.length).fill(1);
  for (let pass = 0; pass < maxPasses; pass++) {
    const next = new Uint8Array(layers.length);
    let improved = false;
    layers.forEach((layer, r) => {
      if (!dirty[r]) return;
      for (let i = 0; i + 1 < layer.length; i++) {
        const u = layer[i] as number;
        const v = layer[i + 1] as number;
        const before = pairCrossings(u, v, adj.up, adj.upWeight, pos) + pairCrossings(u, v, adj.down, adj.downWeight, pos);
        if (before === 0) continue;
        const after = pairCrossings(v, u, adj.up, adj.upWeight, pos) + pairCrossings(v, u, adj.down, adj.downWeight, pos);
        if (after < before || (equalSwaps && after === before)) {
          layer[i] = v;
          layer[i + 1] = u;
          pos[u] = i + 1;
          pos[v] = i;
          // Only a strict gain asks for another pass (as in Graphviz): equal swaps alone would pass to the limit.
          if (after < before) improved = true;
          next[r] = 1;
          if (r > 0) next[r - 1] = 1;
          if (r + 1 < layers.length) next[r + 1] = 1;
        }
      }
    });
    if (!improved) return;
    dirty = next;
  }
}

/**
 * The initial order: depth-first from the nodes in start order, each placed as first reached, and each
 * node's children visited in start order too. (dagre visits children in the order its edges were added,
 * so on a graph with one source every start order gave the same layers: the AT&T graph g.82.1, a tree
 * and one more edge, kept 10 crossings that a start visiting one subtree before another avoids.)
 */
function initialLayers(n: number, graph: LayeredGraph, adj: Adjacency, starts: readonly number[], layerCount: number, upward = false): number[][] {
  const layers: number[][] = Array.from({ length: layerCount }, () => []);
  const visited = new Uint8Array(n);
  const order = new Int32Array(n);
  for (let i = 0; i < starts.length; i++) order[starts[i] as number] = i;
  const children: number[] = [];
  for (const start of starts) {
    if (visited[start]) continue;
    const stack = [start];
    while (stack.length > 0) {
      const v = stack.pop() as number;
      if (visited[v]) continue;
      visited[v] = 1;
      (layers[graph.rank[v] as number] as number[]).push(v);
      children.length = 0;
      for (const w of (upward ? adj.up : adj.down)[v] as number[]) if (!visited[w]) children.push(w);
      children.sort((a, b) => (order[b] as number) - (order[a] as number));
      for (const w of children) stack.push(w);
    }
  }
  return layers;
}

/** Transposition passes per sweep: equal swaps can keep a pass busy, and 20 settled the AT&T graphs as well as 100. */
const TRANSPOSE_PASSES = 20;
/**
 * The start order that runs depth-first upward from the sinks instead of down from the sources (the third,
 * after dagre's and its reverse): Graphviz's mincross also starts once from each end. A layer reached
 * from below groups the parents of a shared child, which down-only starts keep apart (AT&T g.35.25: 4
 * crossings to 0).
 */
const UPWARD_START = 2;
/** Sifting rounds for the winning order, and the largest layered graph it is run on (its cost grows with each layer's degree squared). */
const SIFT_ROUNDS = 4;
const SIFT_UP_TO = 4000;

export interface OrderOptions {
  /**
   * Initial orders to try (each a permutation of the nodes that seeds the depth-first start order), or
   * the k-th of them on demand (undefined past the last): most runs stop long before the last start.
   */
  starts: readonly (readonly number[])[] | ((k: number) => readonly number[] | undefined);
  /** Sweeps without improvement before giving up on a start. */
  patience?: number;
  maxSweeps?: number;
}

/** A crossing reduction run one start order at a time, so several layerings can be compared start by start. */
export interface Ordering {
  /** Runs the next start order; false when none is left or the order has no crossing already. */
  step(): boolean;
  /** The best order so far: each node's position in its layer, and its weighted crossings. */
  best(): { position: Int32Array; crossings: number };
  /** The best order after sifting (siftLayers.ts), run once on the winner: the order to draw. */
  polished(): { position: Int32Array; crossings: number };
}

/**
 * Orders the nodes of every layer to reduce crossings: from each start order, alternate down and up
 * barycentre sweeps, each followed by transposition of neighbours (the step of the paper dagre leaves
 * out, and what lets it miss easy zero-crossing orders), keeping the best order seen (fewest weighted
 * crossings; earlier wins ties). A start gives up after `patience` sweeps that do not beat the best order
 * of all starts so far. The order finally drawn is the best one sifted (`polished`).
 */
export function startOrdering(n: number, graph: LayeredGraph, options: OrderOptions): Ordering {
  const adj = adjacency(n, graph);
  let layerCount = 0;
  for (let v = 0; v < n; v++) layerCount = Math.max(layerCount, (graph.rank[v] as number) + 1);
  const pos = new Int32Array(n);
  const layerSizes = new Int32Array(layerCount);
  for (let v = 0; v < n; v++) layerSizes[graph.rank[v] as number] = (layerSizes[graph.rank[v] as number] as number) + 1;
  let maxDown = 0;
  for (const down of adj.down) maxDown = Math.max(maxDown, down.length);
  const scratch: Scratch = { tree: new Float64Array(Math.max(0, ...layerSizes) + 1), ends: new Int32Array(maxDown), bary: new Float64Array(n), at: new Int32Array(n), movable: new Int32Array(n) };
  const startAt = typeof options.starts === 'function' ? options.starts : (k: number) => (options.starts as readonly (readonly number[])[])[k];
  let best: Int32Array | undefined;
  let bestCrossings = Infinity;
  const patience = options.patience ?? 4;
  const maxSweeps = options.maxSweeps ?? 24;
  let next = 0;
  const step = (): boolean => {
    if (bestCrossings === 0) return false;
    const start = startAt(next);
    if (!start) return false;
    next++;
    const upward = next === UPWARD_START + 1;
    const layers = initialLayers(n, graph, adj, upward ? [...start].reverse() : start, layerCount, upward);
    for (const layer of layers) place(layer, pos);
    let crossings = totalCrossings(layers, pos, adj, scratch);
    if (crossings < bestCrossings) {
      bestCrossings = crossings;
      best = pos.slice();
    }
    let stall = 0;
    for (let sweep = 0; sweep < maxSweeps && stall < patience && bestCrossings > 0; sweep++) {
      const downward = sweep % 2 === 0;
      const biasRight = sweep % 4 >= 2;
      for (let k = 1; k < layerCount; k++) {
        const layer = layers[downward ? k : layerCount - 1 - k] as number[];
        if (downward) sortLayer(layer, adj.up, adj.upWeight, pos, biasRight, scratch);
        else sortLayer(layer, adj.down, adj.downWeight, pos, biasRight, scratch);
        place(layer, pos);
      }
      transpose(layers, pos, adj, TRANSPOSE_PASSES, sweep % 4 < 2);
      crossings = totalCrossings(layers, pos, adj, scratch);
      if (crossings < bestCrossings) {
        bestCrossings = crossings;
        best = pos.slice();
        stall = 0;
      } else stall++;
    }
    return true;
  };
  let polished = false;
  const polish = (): void => {
    if (polished || !best || bestCrossings === 0 || n > SIFT_UP_TO) return;
    polished = true;
    const order = best;
    const layers: number[][] = Array.from({ length: layerCount }, () => []);
    for (let v = 0; v < n; v++) (layers[graph.rank[v] as number] as number[]).push(v);
    for (const layer of layers) {
      layer.sort((a, b) => (order[a] as number) - (order[b] as number));
      place(layer, pos);
    }
    const up = { near: adj.up, weight: adj.upWeight };
    const down = { near: adj.down, weight: adj.downWeight };
    for (let round = 0; round < SIFT_ROUNDS && siftLayers(layers, pos, up, down) > 0; round++);
    const crossings = totalCrossings(layers, pos, adj, scratch);
    if (crossings < bestCrossings) {
      bestCrossings = crossings;
      best = pos.slice();
    }
  };
  return {
    step,
    best: () => ({ position: best ?? pos, crossings: bestCrossings }),
    polished: () => {
      polish();
      return { position: best ?? pos, crossings: bestCrossings };
    },
  };
}

/** Runs every start order (stopping at an order without crossings). Returns each node's position in its layer. */
export function orderLayers(n: number, graph: LayeredGraph, options: OrderOptions): { position: Int32Array; crossings: number } {
  const ordering = startOrdering(n, graph, options);
  while (ordering.step());
  return ordering.polished();
}
