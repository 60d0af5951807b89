// How many times the drawn relation routes cross each other: the layout's main readability measure.
import type { MapLayout, Point } from './types.ts';

interface Segment {
  route: number;
  a: Point;
  b: Point;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

const EPS = 1e-9;
const SAME_POINT = 0.01;

const near = (p: Point, q: Point): boolean => Math.abs(p.x - q.x) < SAME_POINT && Math.abs(p.y - q.y) < SAME_POINT;

function intersection(s: Segment, t: Segment): Point | null {
  const rx = s.b.x - s.a.x;
  const ry = s.b.y - s.a.y;
  const qx = t.b.x - t.a.x;
  const qy = t.b.y - t.a.y;
  const denominator = rx * qy - ry * qx;
  // Parallel or collinear segments only ever overlap along a shared run, which is not a crossing.
  if (Math.abs(denominator) < EPS) return null;
  const dx = t.a.x - s.a.x;
  const dy = t.a.y - s.a.y;
  const along = (dx * qy - dy * qx) / denominator;
  const other = (dx * ry - dy * rx) / denominator;
  if (along < -EPS || along > 1 + EPS || other < -EPS || other > 1 + EPS) return null;
  return { x: s.a.x + along * rx, y: s.a.y + along * ry };
}

/**
 * Counts the points where two different routes meet, each route pair and point once. Routes that only
 * touch at an end they share (two relations leaving the same handle) do not cross; collinear overlaps
 * are not counted either. A sweep over x keeps big maps fast.
 */
export function countCrossings(layout: Pick<MapLayout, 'relations'>): number {
  const routes = Object.values(layout.relations).map((r) => r.points);
  const segments: Segment[] = [];
  routes.forEach((points, route) => {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1] as Point;
      const b = points[i] as Point;
      segments.push({ route, a, b, minX: Math.min(a.x, b.x), maxX: Math.max(a.x, b.x), minY: Math.min(a.y, b.y), maxY: Math.max(a.y, b.y) });
    }
  });
  segments.sort((s, t) => s.minX - t.minX);

  const ends = (route: number): Point[] => {
    const points = routes[route] as Point[];
    return [points[0] as Point, points[points.length - 1] as Point];
  };
  const seen = new Set<string>();
  let active: Segment[] = [];
  for (const s of segments) {
    active = active.filter((t) => t.maxX >= s.minX - SAME_POINT);
    for (const t of active) {
      if (t.route === s.route || t.maxY < s.minY - SAME_POINT || t.minY > s.maxY + SAME_POINT) continue;
      const p = intersection(s, t);
      if (!p) continue;
      const sharedEnd = ends(s.route).some((e) => near(e, p) && ends(t.route).some((f) => near(f, p)));
      if (sharedEnd) continue;
      const [lo, hi] = s.route < t.route ? [s.route, t.route] : [t.route, s.route];
      seen.add(`${lo}|${hi}|${Math.round(p.x * 10)}|${Math.round(p.y * 10)}`);
    }
    active.push(s);
  }
  return seen.size;
}
