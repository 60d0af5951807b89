// Graphviz dot, run in this process through @viz-js/viz, on a map with Causeway's box sizes and spacing: the benchmark's reference.
import { instance, type Viz } from '@viz-js/viz';
import { SPACING } from '../../layout/runDagre.ts';
import { sizeClaim } from '../../layout/sizeClaim.ts';
import type { Point } from '../../layout/types.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { flattenCubic, type DrawnEdge } from './drawnCrossings.ts';

export interface DrawnLayout {
  edges: DrawnEdge[];
  /** Width × height of everything drawn, in px (dot's points are px here: 72 per inch both ways). */
  width: number;
  height: number;
}

let viz: Viz | undefined;
export async function startDot(): Promise<void> {
  viz ??= await instance();
}

const inches = (px: number): string => (px / 72).toFixed(4);
const quote = (s: string): string => `"${s}"`;

/**
 * The map in DOT: boxes of exactly Causeway's sizes (fixedsize, no label to grow them), its node and
 * rank separation, top to bottom, nodes and edges in the map's order.
 */
export function toDot(map: ArgumentMap): string {
  const { nodesep, ranksep } = SPACING.TB;
  const lines = [`digraph {`, `graph [rankdir=TB nodesep=${inches(nodesep)} ranksep=${inches(ranksep)}]`, `node [shape=box fixedsize=true label=""]`];
  for (const claim of map.nodes) {
    const { width, height } = sizeClaim(claim);
    lines.push(`${quote(claim.id)} [width=${inches(width)} height=${inches(height)}]`);
  }
  for (const r of map.edges) lines.push(`${quote(r.source)} -> ${quote(r.target)}`);
  lines.push('}');
  return lines.join('\n');
}

interface Json0 {
  bb: string;
  objects?: { name: string }[];
  edges?: { tail: number; head: number; pos?: string }[];
}

const point = (text: string): Point => {
  const [x, y] = text.split(',').map(Number);
  return { x: x as number, y: y as number };
};

/**
 * An edge's drawn polyline from dot's `pos` (a B-spline given as cubic Bézier pieces, then the arrowhead
 * tip `e,x,y` or tail `s,x,y`): each piece flattened into 8 segments, the arrowhead as a last segment.
 */
export function splinePolyline(pos: string): Point[] {
  const parts = pos.split(';')[0]?.trim().split(/\s+/) ?? [];
  let start: Point | undefined;
  let end: Point | undefined;
  const controls: Point[] = [];
  for (const part of parts) {
    if (part.startsWith('s,')) start = point(part.slice(2));
    else if (part.startsWith('e,')) end = point(part.slice(2));
    else controls.push(point(part));
  }
  const points: Point[] = [];
  if (start) points.push(start);
  if (controls.length > 0) points.push(controls[0] as Point);
  for (let i = 1; i + 2 < controls.length; i += 3) points.push(...flattenCubic(controls[i - 1] as Point, controls[i] as Point, controls[i + 1] as Point, controls[i + 2] as Point, 8));
  if (end) points.push(end);
  return points;
}

/** Lays the map out with dot; `startDot` must have been awaited. */
export function dotLayout(map: ArgumentMap): DrawnLayout {
  if (!viz) throw new Error('dotLayout: call startDot first');
  const out = JSON.parse(viz.renderString(toDot(map), { format: 'json0' })) as Json0;
  const names = (out.objects ?? []).map((o) => o.name);
  const edges = (out.edges ?? []).map((e) => ({ source: names[e.tail] as string, target: names[e.head] as string, points: splinePolyline(e.pos ?? '') }));
  const [x0, y0, x1, y1] = out.bb.split(',').map(Number) as [number, number, number, number];
  return { edges, width: x1 - x0, height: y1 - y0 };
}
