// The one way a relation's route becomes a curve: a B-spline through the layout's points, shared by canvas and exports.
import type { Point } from '../../layout/types.ts';
import { num } from './xml.ts';

/**
 * SVG path data for a route, drawn as a uniform cubic B-spline (d3's curveBasis, as dagre-d3 draws dagre's
 * routes): it starts and ends exactly on the first and last points, so arrowheads sit on the handles, and
 * bends smoothly near the points in between. Two points give a straight line.
 */
export function routePath(points: readonly Point[]): string {
  const first = points[0];
  if (!first) return '';
  let d = `M${num(first.x)} ${num(first.y)}`;
  if (points.length === 1) return d;
  if (points.length === 2) {
    const last = points[1] as Point;
    return `${d}L${num(last.x)} ${num(last.y)}`;
  }
  let [x0, y0, x1, y1] = [first.x, first.y, first.x, first.y];
  const curve = (x: number, y: number) => {
    d += `C${num((2 * x0 + x1) / 3)} ${num((2 * y0 + y1) / 3)} ${num((x0 + 2 * x1) / 3)} ${num((y0 + 2 * y1) / 3)} ${num((x0 + 4 * x1 + x) / 6)} ${num((y0 + 4 * y1 + y) / 6)}`;
  };
  points.slice(1).forEach((p, i) => {
    if (i === 0) {
      [x1, y1] = [p.x, p.y];
      return;
    }
    if (i === 1) d += `L${num((5 * x0 + x1) / 6)} ${num((5 * y0 + y1) / 6)}`;
    curve(p.x, p.y);
    [x0, y0, x1, y1] = [x1, y1, p.x, p.y];
  });
  curve(x1, y1);
  return `${d}L${num(x1)} ${num(y1)}`;
}

/** Halfway along the route's polyline, where a relation's label is drawn. */
export function routeMidpoint(points: readonly Point[]): Point {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distance(points[i - 1] as Point, points[i] as Point);
  let left = total / 2;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const step = distance(a, b);
    if (step >= left && step > 0) return { x: a.x + ((b.x - a.x) * left) / step, y: a.y + ((b.y - a.y) * left) / step };
    left -= step;
  }
  return points[0] ?? { x: 0, y: 0 };
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}
