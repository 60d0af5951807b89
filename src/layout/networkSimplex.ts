// Optimal layering (network simplex, Gansner et al. 1993) on flat arrays: dagre's ranker, without graphlib's cost.

export interface RankEdge {
  from: number;
  to: number;
  minlen: number;
  weight: number;
}

/**
 * Ranks nodes 0..n-1 so that every edge gets rank(to) - rank(from) >= minlen, minimising the sum of
 * weight × length: the same problem and algorithm as dagre's `network-simplex` ranker (longest-path
 * start, tight spanning tree, cut-value pivots). dagre spends most of its time on this for big maps
 * because each pivot walks graphlib objects; here each pivot is a few passes over typed arrays.
 * The edges must form a DAG; parallel edges are merged as dagre merges them (weights added, larger minlen).
 */
export function networkSimplex(n: number, input: readonly RankEdge[]): Int32Array {
  const rank = new Int32Array(n);
  if (n <= 1) return rank;

  // Merge parallel edges, then add a weight-0 root edge to every node so the graph is connected.
  const merged = new Map<number, number>();
  const src: number[] = [];
  const dst: number[] = [];
  const minlen: number[] = [];
  const weight: number[] = [];
  for (const e of input) {
    const key = e.from * n + e.to;
    const at = merged.get(key);
    if (at === undefined) {
      merged.set(key, src.length);
      src.push(e.from);
      dst.push(e.to);
      minlen.push(e.minlen);
      weight.push(e.weight);
    } else {
      minlen[at] = Math.max(minlen[at] as number, e.minlen);
      weight[at] = (weight[at] as number) + e.weight;
    }
  }
  const root = n;
  const size = n + 1;
  for (let v = 0; v < n; v++) {
    src.push(root);
    dst.push(v);
    minlen.push(0);
    weight.push(0);
  }
  const m = src.length;
  const S = Int32Array.from(src);
  const D = Int32Array.from(dst);
  const L = Int32Array.from(minlen);
  const W = Float64Array.from(weight);
  const r = new Int32Array(size);

  // Incidence lists (CSR).
  const degree = new Int32Array(size + 1);
  for (let e = 0; e < m; e++) {
    bump(degree, (S[e] as number) + 1);
    bump(degree, (D[e] as number) + 1);
  }
  for (let v = 0; v < size; v++) degree[v + 1] = (degree[v + 1] as number) + (degree[v] as number);
  const incStart = degree;
  const inc = new Int32Array(2 * m);
  const fill = incStart.slice(0, size);
  for (let e = 0; e < m; e++) {
    inc[bump(fill, S[e] as number)] = e;
    inc[bump(fill, D[e] as number)] = e;
  }
  longestPath(size, m, S, D, L, r);

  // Feasible tree: grow a tree of tight edges; when stuck, shift the tree by the smallest slack.
  const inTree = new Uint8Array(size);
  const isTreeEdge = new Uint8Array(m);
  const treeNodes: number[] = [root];
  inTree[root] = 1;
  for (;;) {
    const stack = [...treeNodes];
    while (stack.length > 0) {
      const v = stack.pop() as number;
      for (let i = incStart[v] as number; i < (incStart[v + 1] as number); i++) {
        const e = inc[i] as number;
        const w = otherEnd(e, v, S, D);
        if (!inTree[w] && slackOf(e, r, S, D, L) === 0) {
          inTree[w] = 1;
          isTreeEdge[e] = 1;
          treeNodes.push(w);
          stack.push(w);
        }
      }
    }
    if (treeNodes.length === size) break;
    let best = -1;
    let bestSlack = Infinity;
    for (let e = 0; e < m; e++) {
      if (inTree[S[e] as number] === inTree[D[e] as number]) continue;
      const s = slackOf(e, r, S, D, L);
      if (s < bestSlack) {
        bestSlack = s;
        best = e;
      }
    }
    const delta = inTree[S[best] as number] ? bestSlack : -bestSlack;
    for (const v of treeNodes) r[v] = (r[v] as number) + delta;
  }

  const treeAdj: number[][] = [];
  for (let v = 0; v < size; v++) treeAdj.push([]);
  for (let e = 0; e < m; e++)
    if (isTreeEdge[e]) {
      (treeAdj[S[e] as number] as number[]).push(e);
      (treeAdj[D[e] as number] as number[]).push(e);
    }
  // One record of the tree's arrays for the helpers below (closures over them cost an allocation each per call).
  const tree: Tree = {
    size,
    root,
    S,
    D,
    L,
    W,
    r,
    incStart,
    inc,
    isTreeEdge,
    treeAdj,
    low: new Int32Array(size),
    lim: new Int32Array(size),
    parent: new Int32Array(size),
    parentEdge: new Int32Array(size),
    cut: new Float64Array(m),
    order: new Int32Array(size),
  };
  const { low, lim, cut } = tree;

  numberTree(tree);
  computeCutValues(tree);
  let searchFrom = 0;
  for (;;) {
    let leave = -1;
    for (let k = 0; k < m; k++) {
      const e = (searchFrom + k) % m;
      if (isTreeEdge[e] && (cut[e] as number) < 0) {
        leave = e;
        break;
      }
    }
    if (leave < 0) break;
    searchFrom = leave + 1;
    // The tail component is the side of the tree edge farther from the root (lower lim).
    const v = S[leave] as number;
    const w = D[leave] as number;
    const flip = (lim[v] as number) > (lim[w] as number);
    const tail = flip ? w : v;
    let enter = -1;
    let enterSlack = Infinity;
    // v is a descendant of the tail end when low(tail) <= lim(v) <= lim(tail).
    const tailLow = low[tail] as number;
    const tailLim = lim[tail] as number;
    for (let e = 0; e < m; e++) {
      const sLim = lim[S[e] as number] as number;
      const dLim = lim[D[e] as number] as number;
      if (flip === (tailLow <= sLim && sLim <= tailLim) && flip !== (tailLow <= dLim && dLim <= tailLim)) {
        const s = slackOf(e, r, S, D, L);
        if (s < enterSlack) {
          enterSlack = s;
          enter = e;
        }
      }
    }
    if (enter < 0) break;
    isTreeEdge[leave] = 0;
    isTreeEdge[enter] = 1;
    removeItem(treeAdj[S[leave] as number] as number[], leave);
    removeItem(treeAdj[D[leave] as number] as number[], leave);
    (treeAdj[S[enter] as number] as number[]).push(enter);
    (treeAdj[D[enter] as number] as number[]).push(enter);
    numberTree(tree);
    computeCutValues(tree);
    updateRanks(tree);
  }

  for (let v = 0; v < n; v++) rank[v] = r[v] as number;
  return rank;
}

/** The arrays of network simplex's spanning tree (see networkSimplex). */
interface Tree {
  size: number;
  root: number;
  /** Each edge's tail, head, minimum length and weight. */
  S: Int32Array;
  D: Int32Array;
  L: Int32Array;
  W: Float64Array;
  /** Rank of each node. */
  r: Int32Array;
  /** Incidence lists (CSR): node v's edges are inc[incStart[v] .. incStart[v + 1]). */
  incStart: Int32Array;
  inc: Int32Array;
  isTreeEdge: Uint8Array;
  /** Tree edges by node. */
  treeAdj: number[][];
  /** Post-order numbers: v's subtree holds the nodes whose lim lies in [low[v], lim[v]]. */
  low: Int32Array;
  lim: Int32Array;
  parent: Int32Array;
  parentEdge: Int32Array;
  /** Cut value of each tree edge. */
  cut: Float64Array;
  /** Nodes in preorder from the root. */
  order: Int32Array;
}

const slackOf = (e: number, r: Int32Array, S: Int32Array, D: Int32Array, L: Int32Array): number =>
  (r[D[e] as number] as number) - (r[S[e] as number] as number) - (L[e] as number);

const otherEnd = (e: number, v: number, S: Int32Array, D: Int32Array): number => (S[e] === v ? (D[e] as number) : (S[e] as number));

function removeItem(list: number[], item: number): void {
  list.splice(list.indexOf(item), 1);
}

/** Post-order numbering (low/lim), parents and preorder of the tree, from the root. */
function numberTree(t: Tree): void {
  const { root, low, lim, parent, parentEdge, order, treeAdj, S, D } = t;
  parent[root] = -1;
  parentEdge[root] = -1;
  let next = 1;
  let visited = 0;
  const stackV = [root];
  const stackI = [0];
  low[root] = next;
  order[visited++] = root;
  while (stackV.length > 0) {
    const top = stackV.length - 1;
    const v = stackV[top] as number;
    const edges = treeAdj[v] as number[];
    const i = stackI[top] as number;
    if (i < edges.length) {
      stackI[top] = i + 1;
      const e = edges[i] as number;
      if (e === parentEdge[v]) continue;
      const w = otherEnd(e, v, S, D);
      parent[w] = v;
      parentEdge[w] = e;
      low[w] = next;
      order[visited++] = w;
      stackV.push(w);
      stackI.push(0);
    } else {
      lim[v] = next++;
      stackV.pop();
      stackI.pop();
    }
  }
}

function cutValueOf(t: Tree, v: number): number {
  const { parentEdge, S, W, incStart, inc, isTreeEdge, cut } = t;
  const e = parentEdge[v] as number;
  const childIsTail = S[e] === v;
  let value = W[e] as number;
  for (let i = incStart[v] as number; i < (incStart[v + 1] as number); i++) {
    const f = inc[i] as number;
    if (f === e) continue;
    const pointsToHead = (S[f] === v) === childIsTail;
    value += pointsToHead ? (W[f] as number) : -(W[f] as number);
    if (isTreeEdge[f]) value += pointsToHead ? -(cut[f] as number) : (cut[f] as number);
  }
  return value;
}

function computeCutValues(t: Tree): void {
  for (let k = t.size - 1; k > 0; k--) {
    const v = t.order[k] as number;
    t.cut[t.parentEdge[v] as number] = cutValueOf(t, v);
  }
}

function updateRanks(t: Tree): void {
  const { order, parentEdge, parent, S, L, r } = t;
  for (let k = 1; k < t.size; k++) {
    const v = order[k] as number;
    const e = parentEdge[v] as number;
    const p = parent[v] as number;
    r[v] = S[e] === v ? (r[p] as number) - (L[e] as number) : (r[p] as number) + (L[e] as number);
  }
}

/** Increments a counter and returns its value before the increment. */
function bump(counts: Int32Array, at: number): number {
  const value = counts[at] as number;
  counts[at] = value + 1;
  return value;
}

/** Initial feasible ranks: every node as low as its successors allow (sinks at 0). */
function longestPath(size: number, m: number, S: Int32Array, D: Int32Array, L: Int32Array, r: Int32Array): void {
  const outStart = new Int32Array(size + 1);
  for (let e = 0; e < m; e++) bump(outStart, (S[e] as number) + 1);
  for (let v = 0; v < size; v++) outStart[v + 1] = (outStart[v + 1] as number) + (outStart[v] as number);
  const out = new Int32Array(m);
  const fill = outStart.slice(0, size);
  for (let e = 0; e < m; e++) out[bump(fill, S[e] as number)] = e;
  const indegree = new Int32Array(size);
  for (let e = 0; e < m; e++) bump(indegree, D[e] as number);
  const topo: number[] = [];
  for (let v = 0; v < size; v++) if (indegree[v] === 0) topo.push(v);
  for (let k = 0; k < topo.length; k++) {
    const v = topo[k] as number;
    for (let i = outStart[v] as number; i < (outStart[v + 1] as number); i++) {
      const w = D[out[i] as number] as number;
      indegree[w] = (indegree[w] as number) - 1;
      if (indegree[w] === 0) topo.push(w);
    }
  }
  if (topo.length !== size) throw new Error('networkSimplex needs an acyclic graph');
  for (let k = topo.length - 1; k >= 0; k--) {
    const v = topo[k] as number;
    let best = Infinity;
    for (let i = outStart[v] as number; i < (outStart[v + 1] as number); i++) {
      const e = out[i] as number;
      best = Math.min(best, (r[D[e] as number] as number) - (L[e] as number));
    }
    r[v] = best === Infinity ? 0 : best;
  }
}
