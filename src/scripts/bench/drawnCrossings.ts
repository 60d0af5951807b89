// The benchmark's one crossing counter for any drawing (ours or dot's): proper intersections of drawn edges that share no end.
import type { Point } from '../../layout/types.ts';

/** A drawn edge: the claims it joins and its polyline (a curve already flattened into short segments). */
export interface DrawnEdge {
  source: string;
  target: string;
  points: readonly Point[];
}

interface Segment {
  edge: number;
  a: Point;
  b: Point;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

const EPS = 1e-9;

/** Where two segments meet, or null when they are parallel or apart. */
function meet(s: Segment, t: Segment): Point | null {
  const rx = s.b.x - s.a.x;
  const ry = s.b.y - s.a.y;
  const qx = t.b.x - t.a.x;
  const qy = t.b.y - t.a.y;
  const denominator = rx * qy - ry * qx;
  if (Math.abs(denominator) < EPS) return null;
  const dx = t.a.x - s.a.x;
  const dy = t.a.y - s.a.y;
  const along = (dx * qy - dy * qx) / denominator;
  const other = (dx * ry - dy * rx) / denominator;
  if (along < -EPS || along > 1 + EPS || other < -EPS || other > 1 + EPS) return null;
  return { x: s.a.x + along * rx, y: s.a.y + along * ry };
}

/**
 * Counts the points where two edges that share no claim meet, each pair and point once. Edges into or out
 * of one claim are left out whatever their geometry: dot ends them at different points of the claim's
 * border, Causeway at its handles, and neither is a crossing a reader follows. Points closer than 0.1 px
 * are one (a crossing at the joint of two flattened pieces is found in both).
 */
export function countDrawnCrossings(edges: readonly DrawnEdge[]): number {
  const segments: Segment[] = [];
  edges.forEach((edge, index) => {
    for (let i = 1; i < edge.points.length; i++) {
      const a = edge.points[i - 1] as Point;
      const b = edge.points[i] as Point;
      segments.push({ edge: index, a, b, minX: Math.min(a.x, b.x), maxX: Math.max(a.x, b.x), minY: Math.min(a.y, b.y), maxY: Math.max(a.y, b.y) });
    }
  });
  segments.sort((s, t) => s.minX - t.minX);
  const seen = new Set<string>();
  let active: Segment[] = [];
  for (const s of segments) {
    active = active.filter((t) => t.maxX >= s.minX - EPS);
    const e = edges[s.edge] as DrawnEdge;
    for (const t of active) {
      if (t.edge === s.edge || t.maxY < s.minY - EPS || t.minY > s.maxY + EPS) continue;
      const f = edges[t.edge] as DrawnEdge;
      if (e.source === f.source || e.source === f.target || e.target === f.source || e.target === f.target) continue;
      const p = meet(s, t);
      if (!p) continue;
      const [lo, hi] = s.edge < t.edge ? [s.edge, t.edge] : [t.edge, s.edge];
      seen.add(`${lo}|${hi}|${Math.round(p.x * 10)}|${Math.round(p.y * 10)}`);
    }
    active.push(s);
  }
  return seen.size;
}

/** A cubic Bézier from p0 through controls p1, p2 to p3, as `pieces` straight segments (p0 left out). */
export function flattenCubic(p0: Point, p1: Point, p2: Point, p3: Point, pieces: number): Point[] {
  const points: Point[] = [];
  for (let k = 1; k <= pieces; k++) {
    const t = k / pieces;
    const u = 1 - t;
    const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
    points.push({ x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y });
  }
  return points;
}
