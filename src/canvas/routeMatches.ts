// Whether a laid-out route still joins its boxes: after a node moves, the canvas draws a plain curve instead.
import type { Point } from '../layout/types.ts';

const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

export function routeMatches(points: readonly Point[], source: Point, target: Point, tolerance: number): boolean {
  const first = points[0];
  const last = points[points.length - 1];
  return points.length >= 2 && !!first && !!last && distance(first, source) <= tolerance && distance(last, target) <= tolerance;
}
