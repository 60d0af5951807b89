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
function withoutCollinear(points: Point[]): Point[] {
  return points.filter((p, i) => {
    const a = points[i - 1];
    const b = points[i + 1];
    if (!a || !b) return true;
    return Math.abs((p.x - a.x) * (b.y - a.y) - (p.y - a.y) * (b.x - a.x)) > 1e-6;
  });
}

/**
 * A route through dagre's bends from the source's outgoing handle to the target's incoming one. A back
 * relation (one that closes a cycle, so its target sits upstream) is drawn as dot draws it: out of the
 * source's incoming side and into the target's outgoing side, straight against the flow, instead of
 * looping around the map from handles that face away from each other.
 */
export function routeBetween(source: ClaimBox, target: ClaimBox, bends: readonly Point[], direction: Direction, back = false): Point[] {
  const start = back ? inHandle(source, direction) : outHandle(source, direction);
  const end = back ? outHandle(target, direction) : inHandle(target, direction);
  const points = [start, ...bends, end].map((p) => ({ x: round1(p.x), y: round1(p.y) }));
  return withoutCollinear(points);
}

/** Relations dagre can draw: both ends exist and differ (a bad map must not crash the layout). */
export function drawable(claims: readonly Claim[], relations: readonly Relation[]): Relation[] {
  const ids = new Set(claims.map((c) => c.id));
  return relations.filter((r) => r.source !== r.target && ids.has(r.source) && ids.has(r.target));
}

type DagreGraph = Graph<GraphLabel, NodeLabel, EdgeLabel>;

/**
 * dagre's ranking step, replaced through its `ranker` option: the ranks chosen with the cycle-breaking
 * choice (network simplex on flat arrays; at 1,000 claims dagre's graphlib version took most of the
 * layout time, see networkSimplex.ts). The nesting root dagre adds above every claim goes one layer up.
 */
function rankFrom(plan: LayerPlan, graph: DagreGraph): void {
  for (const v of graph.nodes()) {
    const i = claimOf(v);
    graph.node(v).rank = i === undefined ? -1 : plan.rank[i];
  }
}

/**
 * dagre's ordering step, replaced through its `customOrder` option by the order chosen with the ranks.
 * dagre's own version sweeps barycentres from a single depth-first start and has no transposition step, so
 * it settles in local minima, and its graphlib bookkeeping makes it take seconds at 1,000 claims;
 * orderLayers ran the paper's full heuristic from a few start orders. dagre's dummy nodes are the plan's:
 * one per layer a relation crosses, found by the relation (the edge's name) and the layer.
 */
function orderFrom(plan: LayerPlan, graph: DagreGraph): void {
  for (const v of graph.nodes()) {
    const label = graph.node(v);
    const claim = claimOf(v);
    if (claim !== undefined) {
      label.order = plan.position[claim];
      continue;
    }
    const edge = label.edgeObj as { v: string; name?: string } | undefined;
    const relation = edge?.name === undefined ? undefined : Number(edge.name);
    const upper = edge === undefined ? undefined : claimOf(edge.v);
    if (relation === undefined || upper === undefined || label.rank === undefined) throw new Error(`layout: dagre node ${v} is not in the plan`);
    label.order = plan.position[(plan.firstDummy[relation] as number) + label.rank - (plan.rank[upper] as number) - 1];
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
 * The name dagre knows a claim by: short, since graphlib keys its node and edge maps by strings built
 * from node names and edge names, and hashes them again on every lookup. Its own nodes start with `_`.
 */
const claimKey = (i: number): string => `c${i}`;
function claimOf(v: string): number | undefined {
  if (v.charCodeAt(0) !== 99) return undefined;
  const i = Number(v.slice(1));
  return Number.isInteger(i) ? i : undefined;
}

function pointsOf(g: DagreGraph, v: string, w: string, name: string): Point[] {
  return g.edge(v, w, name)?.points ?? [];
}

/**
 * Lays the claims out with a FRESH dagre graph (dagre keeps state on graphs it has seen). Back
 * relations are handed to dagre already reversed, so its own acyclic step has nothing to do. Neighbouring
 * layers are one rank apart, not two as dagre makes them: it then adds a dummy node only where a
 * relation crosses a layer of claims, not one on every relation, and positions ~25 nodes instead of ~57
 * on the seed map (its x-placement is most of the layout's time).
 */
export function runDagre(run: DagreRun, direction: Direction, onProgress?: (step: LayoutStep) => void): Omit<MapLayout, 'bounds'> {
  onProgress?.({ name: 'cycles', share: 0 });
  const plan = chooseLayers(run.claims, run.relations, (step) => onProgress?.(step === 'ranking' ? { name: 'ranking', share: 0.15 } : { name: 'ordering', share: 0.35 }));
  const backIds = plan.back;
  const claimIndex = new Map(run.claims.map((c, i) => [c.id, i]));
  const g: DagreGraph = new Graph({ multigraph: true });
  // dagre halves ranksep, to put edge labels on ranks of their own between the nodes' ranks; ours are one apart.
  const spacing = { ...SPACING[direction], ranksep: SPACING[direction].ranksep * 2 };
  g.setGraph({ rankdir: direction, marginx: 0, marginy: 0, ...spacing, ranker: ((graph: DagreGraph) => rankFrom(plan, graph)) as unknown as GraphLabel['ranker'] });
  g.setDefaultEdgeLabel(() => ({}));
  run.claims.forEach((claim, i) => {
    const { width, height } = sizeClaim(claim);
    g.setNode(claimKey(i), { width, height });
  });
  run.relations.forEach(({ id, source, target }, j) => {
    const [s, t] = [claimKey(claimIndex.get(source) as number), claimKey(claimIndex.get(target) as number)];
    if (backIds.has(id)) g.setEdge(t, s, { minlen: 1, weight: 1 }, String(j));
    else g.setEdge(s, t, { minlen: 1, weight: 1 }, String(j));
  });
  onProgress?.({ name: 'positioning', share: 0.55 });
  layout(g, {
    customOrder: (graph) => {
      orderFrom(plan, graph);
      standInRoutes(graph);
    },
  });
  onProgress?.({ name: 'routing', share: 0.95 });

  const claims: Record<string, ClaimBox> = {};
  for (const [i, claim] of run.claims.entries()) {
    const node = g.node(claimKey(i));
    const { width, height, labelLines } = sizeClaim(claim);
    claims[claim.id] = {
      id: claim.id,
      x: Math.round((node.x ?? 0) - width / 2),
      y: Math.round((node.y ?? 0) - height / 2),
      width,
      height,
      labelLines: [...labelLines],
    };
  }
  const boxes = run.claims.map((c) => claims[c.id] as ClaimBox);
  let layerCount = 0;
  for (const r of plan.rank) layerCount = Math.max(layerCount, r + 1);
  const bands = layerBands(boxes, (i) => plan.rank[i] as number, layerCount, direction);
  const relations: Record<string, RelationRoute> = {};
  for (const [j, { id, source, target }] of run.relations.entries()) {
    const back = backIds.has(id);
    // dagre's direction: from the upper claim down to the lower one.
    const [u, w] = back ? [claimIndex.get(target) as number, claimIndex.get(source) as number] : [claimIndex.get(source) as number, claimIndex.get(target) as number];
    const span = (plan.rank[w] as number) - (plan.rank[u] as number);
    const crossings = span === 1 ? [] : pointsOf(g, claimKey(u), claimKey(w), String(j)).slice(1, -1);
    const down = bendsThroughLayers(crossings, plan.rank[u] as number, bands, direction);
    const points = routeBetween(claims[source] as ClaimBox, claims[target] as ClaimBox, back ? down.reverse() : down, direction, back);
    relations[id] = back ? { id, points, back: true } : { id, points };
  }
  return { direction, claims, relations };
}
