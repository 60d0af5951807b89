// One dagre run over a map's claims and relations: boxes and relation routes, before pins.
import { Graph, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { Claim, Direction, Relation } from '../model/schema.ts';
import { bendsThroughLayers, layerBands } from './bendsThroughLayers.ts';
import { chooseLayers } from './chooseLayers.ts';
import type { LayerPlan } from './planLayers.ts';
import { sizeClaim } from './sizeClaim.ts';
import type { ClaimBox, MapLayout, Point, RelationRoute } from './types.ts';

/** A step of the layout and a rough share of the work done before it starts, for a progress bar. */
export interface LayoutStep {
  name: 'cycles' | 'ranking' | 'ordering' | 'positioning' | 'routing' | 'done';
  share: number;
}

/** The claims and relations to lay out, in the order dagre receives them. */
export interface DagreRun {
  claims: readonly Claim[];
  relations: readonly Relation[];
}

export const SPACING = {
  TB: { nodesep: 40, ranksep: 64, edgesep: 16 },
  LR: { nodesep: 28, ranksep: 80, edgesep: 16 },
} as const;

/** Where a route leaves its source and enters its target: bottom/top centre (TB) or right/left centre (LR). */
export function outHandle(box: Pick<ClaimBox, 'x' | 'y' | 'width' | 'height'>, direction: Direction): Point {
  return direction === 'TB' ? { x: box.x + box.width / 2, y: box.y + box.height } : { x: box.x + box.width, y: box.y + box.height / 2 };
}

export function inHandle(box: Pick<ClaimBox, 'x' | 'y' | 'width' | 'height'>, direction: Direction): Point {
  return direction === 'TB' ? { x: box.x + box.width / 2, y: box.y } : { x: box.x, y: box.y + box.height / 2 };
}

export const round1 = (value: number): number => Math.round(value * 10) / 10;

/** Drops middle points that lie on the straight line through their neighbours. */
function withoutCollinear(points: readonly Point[]): Point[] {
  const kept: Point[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as Point;
    const a = points[i - 1];
    const b = points[i + 1];
    if (!a || !b || Math.abs((p.x - a.x) * (b.y - a.y) - (p.y - a.y) * (b.x - a.x)) > 1e-6) kept.push(p);
  }
  return kept;
}

const rounded = (p: Point): Point => ({ x: round1(p.x), y: round1(p.y) });

/**
 * A route through dagre's bends from the source's outgoing handle to the target's incoming one. A back
 * relation (one that closes a cycle, so its target sits upstream) is drawn as dot draws it: out of the
 * source's incoming side and into the target's outgoing side, straight against the flow, instead of
 * looping around the map from handles that face away from each other.
 */
export function routeBetween(source: ClaimBox, target: ClaimBox, bends: readonly Point[], direction: Direction, back = false): Point[] {
  const start = back ? inHandle(source, direction) : outHandle(source, direction);
  const end = back ? outHandle(target, direction) : inHandle(target, direction);
  // Arrays made by push, as everywhere else the routes' points pass: V8's optimised .map and .filter make
  // arrays of another elements kind, and the functions that read routes were deoptimised when they met them.
  const points: Point[] = [rounded(start)];
  for (const bend of bends) points.push(rounded(bend));
  points.push(rounded(end));
  return withoutCollinear(points);
}

/** Relations dagre can draw: both ends exist and differ (a bad map must not crash the layout). */
export function drawable(claims: readonly Claim[], relations: readonly Relation[]): Relation[] {
  const ids = new Set<string>();
  for (const c of claims) ids.add(c.id);
  const kept: Relation[] = [];
  for (const r of relations) if (r.source !== r.target && ids.has(r.source) && ids.has(r.target)) kept.push(r);
  return kept;
}

type DagreGraph = Graph<GraphLabel, NodeLabel, EdgeLabel>;

/**
 * dagre's ranking step, replaced through its `ranker` option: the ranks chosen with the cycle-breaking
 * choice (network simplex on flat arrays; at 1,000 claims dagre's graphlib version took most of the
 * layout time, see networkSimplex.ts), and each bend point's layer. The nesting root dagre adds above
 * every claim goes one layer up.
 */
function rankFrom(plan: LayerPlan, layerOf: Int32Array, graph: DagreGraph): void {
  for (const v of graph.nodes()) {
    const i = planIndexOf(v);
    graph.node(v).rank = i === undefined ? -1 : layerOf[i];
  }
}

/**
 * dagre's ordering step, replaced through its `customOrder` option by the order chosen with the ranks.
 * dagre's own version sweeps barycentres from a single depth-first start and has no transposition step, so
 * it settles in local minima, and its graphlib bookkeeping makes it take seconds at 1,000 claims;
 * orderLayers ran the paper's full heuristic from a few start orders. The bend points are marked as dagre
 * marks its own dummy nodes, so that its positioning keeps them `edgesep` apart and runs the segments
 * between them straight (its layout graph keeps only the sizes of the nodes it is given).
 */
function orderFrom(plan: LayerPlan, claimCount: number, graph: DagreGraph): void {
  for (const v of graph.nodes()) {
    const label = graph.node(v);
    const i = planIndexOf(v);
    if (i === undefined) throw new Error(`layout: dagre node ${v} is not in the plan`);
    label.order = plan.position[i];
    if (i >= claimCount) label.dummy = 'edge';
  }
}

/**
 * Gives each edge without bends a stand-in route, so that dagre 3.1.3 can lay out edges one rank long.
 * Its translateGraph step moves every edge's `points`, but only its normalize step creates them, on the
 * edges it splits at dummy nodes: an edge between neighbouring ranks has none and crashes it (`points` is
 * undefined; dagre 0.8's lodash forEach skipped a missing array). Stock dagre never meets such an edge,
 * since it makes every edge at least two ranks long (a rank for edge labels) and so splits them all. The
 * stand-in point is where no node's centre can be: dagre aims the route's end points at it and throws
 * for a point at a node's centre. These routes are not read back (runDagre draws such relations straight).
 */
function standInRoutes(graph: DagreGraph): void {
  for (const e of graph.edges()) {
    const label = graph.edge(e);
    label.points ??= [{ x: -Infinity, y: -Infinity }];
  }
}

/**
 * The name dagre knows a node of the plan by (claims 0..n-1, then the bend points): short, since graphlib
 * keys its node and edge maps by strings built from node names and edge names, and hashes them again on
 * every lookup. Its own nodes start with `_`.
 */
const nodeKey = (i: number): string => `n${i}`;
function planIndexOf(v: string): number | undefined {
  if (v.charCodeAt(0) !== 110) return undefined;
  const i = Number(v.slice(1));
  return Number.isInteger(i) ? i : undefined;
}

/** Layer of each node of the plan: claims by their rank, each bend point one layer below the one before it. */
function layersOf(plan: LayerPlan, upper: Int32Array, lower: Int32Array): Int32Array {
  const layerOf = new Int32Array(plan.position.length);
  layerOf.set(plan.rank);
  for (let j = 0; j < upper.length; j++) {
    const first = plan.firstDummy[j] as number;
    const top = plan.rank[upper[j] as number] as number;
    const bends = (plan.rank[lower[j] as number] as number) - top - 1;
    for (let k = 0; k < bends; k++) layerOf[first + k] = top + 1 + k;
  }
  return layerOf;
}

/**
 * Lays the claims out with a FRESH dagre graph (dagre keeps state on graphs it has seen). Back
 * relations are handed to dagre already reversed, so its own acyclic step has nothing to do. Neighbouring
 * layers are one rank apart, not two as dagre makes them, so a relation needs a bend point only where it
 * crosses a layer of claims (~25 nodes to position on the seed map instead of ~57; dagre's x-placement is
 * most of the layout's time). Those bend points are given to dagre as nodes of their own, named like the
 * claims, so every edge it sees joins neighbouring ranks and it adds no dummy nodes: it names its dummies
 * from a counter that never repeats, and every new name gave graphlib's per-node objects new property
 * names, so new hidden classes on every layout and property lookups that never settle.
 */
export function runDagre(run: DagreRun, direction: Direction, onProgress?: (step: LayoutStep) => void): Omit<MapLayout, 'bounds'> {
  onProgress?.({ name: 'cycles', share: 0 });
  const plan = chooseLayers(run.claims, run.relations, (step) => onProgress?.(step === 'ranking' ? { name: 'ranking', share: 0.15 } : { name: 'ordering', share: 0.35 }));
  const backIds = plan.back;
  const claimIndex = new Map<string, number>();
  for (let i = 0; i < run.claims.length; i++) claimIndex.set((run.claims[i] as Claim).id, i);
  // dagre's direction: from the upper claim down to the lower one.
  const relationCount = run.relations.length;
  const upperEnd = new Int32Array(relationCount);
  const lowerEnd = new Int32Array(relationCount);
  for (let j = 0; j < relationCount; j++) {
    const { id, source, target } = run.relations[j] as Relation;
    const [s, t] = [claimIndex.get(source) as number, claimIndex.get(target) as number];
    upperEnd[j] = backIds.has(id) ? t : s;
    lowerEnd[j] = backIds.has(id) ? s : t;
  }
  const layerOf = layersOf(plan, upperEnd, lowerEnd);
  const g: DagreGraph = new Graph({ multigraph: true });
  // dagre halves ranksep, to put edge labels on ranks of their own between the nodes' ranks; ours are one apart.
  const spacing = { ...SPACING[direction], ranksep: SPACING[direction].ranksep * 2 };
  // dagre's default cycle-breaking step is a recursive depth-first search, one call deep per claim of the
  // longest path it walks: a 4,000-claim chain overflowed Node's stack and 2,500 the browser worker's. The
  // graph it gets here is already acyclic (back relations reversed), so that step has nothing to find, and its
  // other variant, Eades, Lin and Smyth's greedy heuristic, finds the same nothing with loops instead of calls.
  g.setGraph({ acyclicer: 'greedy', rankdir: direction, marginx: 0, marginy: 0, ...spacing, ranker: ((graph: DagreGraph) => rankFrom(plan, layerOf, graph)) as unknown as GraphLabel['ranker'] });
  g.setDefaultEdgeLabel(() => ({}));
  run.claims.forEach((claim, i) => {
    const { width, height } = sizeClaim(claim);
    g.setNode(nodeKey(i), { width, height });
  });
  for (let i = run.claims.length; i < layerOf.length; i++) g.setNode(nodeKey(i), { width: 0, height: 0 });
  // Relations between neighbouring layers first, then the chains through bend points, in the order dagre
  // would have made them: its positioning depends on the order of edges a little, and the drawing stays the same.
  const span = (j: number): number => (plan.rank[lowerEnd[j] as number] as number) - (plan.rank[upperEnd[j] as number] as number);
  for (let j = 0; j < relationCount; j++) if (span(j) === 1) g.setEdge(nodeKey(upperEnd[j] as number), nodeKey(lowerEnd[j] as number), { minlen: 1, weight: 1 }, String(j));
  for (let j = 0; j < relationCount; j++) {
    if (span(j) === 1) continue;
    let upper = nodeKey(upperEnd[j] as number);
    for (let k = 0; k < span(j) - 1; k++) {
      const bend = nodeKey((plan.firstDummy[j] as number) + k);
      g.setEdge(upper, bend, { minlen: 1, weight: 1 }, String(j));
      upper = bend;
    }
    g.setEdge(upper, nodeKey(lowerEnd[j] as number), { minlen: 1, weight: 1 }, String(j));
  }
  onProgress?.({ name: 'positioning', share: 0.55 });
  layout(g, {
    customOrder: (graph) => {
      orderFrom(plan, run.claims.length, graph);
      standInRoutes(graph);
    },
  });
  onProgress?.({ name: 'routing', share: 0.95 });

  // dagre puts the top-left of all its nodes at 0, the bend points included; the drawing starts at the claims'.
  let left = Infinity;
  let top = Infinity;
  for (let i = 0; i < run.claims.length; i++) {
    const node = g.node(nodeKey(i));
    left = Math.min(left, (node.x ?? 0) - node.width / 2);
    top = Math.min(top, (node.y ?? 0) - node.height / 2);
  }
  if (left === Infinity) [left, top] = [0, 0];
  const claims: Record<string, ClaimBox> = {};
  const boxes: ClaimBox[] = [];
  for (let i = 0; i < run.claims.length; i++) {
    const claim = run.claims[i] as Claim;
    const node = g.node(nodeKey(i));
    const { width, height, labelLines } = sizeClaim(claim);
    claims[claim.id] = {
      id: claim.id,
      x: Math.round((node.x ?? 0) - left - width / 2),
      y: Math.round((node.y ?? 0) - top - height / 2),
      width,
      height,
      labelLines: [...labelLines],
    };
    boxes.push(claims[claim.id] as ClaimBox);
  }
  let layerCount = 0;
  for (const r of plan.rank) layerCount = Math.max(layerCount, r + 1);
  const bands = layerBands(boxes, (i) => plan.rank[i] as number, layerCount, direction);
  const relations: Record<string, RelationRoute> = {};
  for (let j = 0; j < relationCount; j++) {
    const { id, source, target } = run.relations[j] as Relation;
    const back = backIds.has(id);
    const [u, w] = [upperEnd[j] as number, lowerEnd[j] as number];
    const crossings: Point[] = [];
    const first = plan.firstDummy[j] as number;
    for (let k = 0; k < (plan.rank[w] as number) - (plan.rank[u] as number) - 1; k++) {
      const bend = g.node(nodeKey(first + k));
      crossings.push({ x: (bend.x ?? 0) - left, y: (bend.y ?? 0) - top });
    }
    const down = bendsThroughLayers(crossings, plan.rank[u] as number, bands, direction);
    const points = routeBetween(claims[source] as ClaimBox, claims[target] as ClaimBox, back ? down.reverse() : down, direction, back);
    relations[id] = back ? { id, points, back: true } : { id, points };
  }
  return { direction, claims, relations };
}
