// Sifting (Matuszewski, Schönfeld and Molitor 1999, "Using sifting for k-layer straightline crossing minimization"): each node moved to its best place in its layer.

/** One side of a layered graph's adjacency: each node's neighbours in one neighbouring layer, with edge weights. */
export interface Side {
  near: readonly (readonly number[])[];
  weight: readonly (readonly number[])[];
}

/** Weighted crossings among the edges of u and v toward one neighbouring layer when u is left of v. */
export function pairCrossings(u: number, v: number, side: Side, pos: Int32Array): number {
  const nu = side.near[u] as readonly number[];
  const nv = side.near[v] as readonly number[];
  if (nu.length === 0 || nv.length === 0) return 0;
  const wu = side.weight[u] as readonly number[];
  const wv = side.weight[v] as readonly number[];
  let count = 0;
  for (let i = 0; i < nu.length; i++) {
    const at = pos[nu[i] as number] as number;
    for (let j = 0; j < nv.length; j++) if (at > (pos[nv[j] as number] as number)) count += (wu[i] as number) * (wv[j] as number);
  }
  return count;
}

/**
 * Moves one node of a layer to the place with the fewest crossings with both neighbouring layers, the
 * others kept in order (the paper's sifting step). Passing the node over a neighbour u changes the count by
 * c(u, v) − c(v, u), so all places are weighed in one walk along the layer. A tie keeps the node where it
 * is; returns the crossings saved. `cost` is scratch space of the layer's length at least.
 */
export function siftNode(layer: number[], v: number, up: Side, down: Side, pos: Int32Array, cost: Float64Array): number {
  const from = pos[v] as number;
  let others = 0;
  // cost[k]: crossings of v with the k-th other node if v is left of it, minus if right of it.
  let total = 0;
  for (let i = 0; i < layer.length; i++) {
    const u = layer[i] as number;
    if (u === v) continue;
    const vLeft = pairCrossings(v, u, up, pos) + pairCrossings(v, u, down, pos);
    const uLeft = pairCrossings(u, v, up, pos) + pairCrossings(u, v, down, pos);
    cost[others++] = uLeft - vLeft;
    total += vLeft;
  }
  // total: crossings of v with the others when v is leftmost; place p puts v after p others.
  let best = 0;
  let bestTotal = total;
  let currentTotal = total;
  let running = total;
  for (let p = 1; p <= others; p++) {
    running += cost[p - 1] as number;
    if (p === from) currentTotal = running;
    if (running < bestTotal) {
      bestTotal = running;
      best = p;
    }
  }
  if (from === 0) currentTotal = total;
  if (bestTotal >= currentTotal) return 0;
  layer.splice(from, 1);
  layer.splice(best, 0, v);
  for (let i = Math.min(from, best); i <= Math.max(from, best); i++) pos[layer[i] as number] = i;
  return currentTotal - bestTotal;
}

/**
 * One sifting round: every node of every layer, top layer first and each layer's nodes in their order at
 * the round's start, sifted once. Returns the crossings saved (0: the order is a local minimum of sifting).
 */
export function siftLayers(layers: number[][], pos: Int32Array, up: Side, down: Side): number {
  let longest = 0;
  for (const layer of layers) longest = Math.max(longest, layer.length);
  const cost = new Float64Array(longest);
  let saved = 0;
  for (const layer of layers) {
    if (layer.length < 2) continue;
    for (const v of [...layer]) saved += siftNode(layer, v, up, down, pos, cost);
  }
  return saved;
}
