// Lays a map out with dagre: claim boxes, relation routes and bounds, deterministic and overlap-free.
import type { ArgumentMap, Direction } from '../model/schema';
import { placePinned } from './placePinned';
import { drawable, runDagre, type LayoutStep } from './runDagre';

export type { LayoutStep } from './runDagre';
import type { ClaimBox, MapLayout } from './types';

export interface LayoutOptions {
  /** Overrides the map's own `layout.direction` (the canvas toggle). */
  direction?: Direction;
  /** Called as each step starts, so a worker can show progress on big maps. */
  onProgress?: (step: LayoutStep) => void;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function boundsOf(claims: Record<string, ClaimBox>, relations: MapLayout['relations']): MapLayout['bounds'] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of Object.values(claims)) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  for (const r of Object.values(relations))
    for (const p of r.points) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
  if (minX === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export function layoutMap(map: ArgumentMap, options: LayoutOptions = {}): MapLayout {
  const direction = options.direction ?? map.layout?.direction ?? 'TB';
  const claims = [...map.nodes].sort(byId);
  const relations = drawable(claims, [...map.edges].sort(byId));

  const laid = placePinned(runDagre({ claims, relations }, direction, options.onProgress), claims, relations);
  options.onProgress?.({ name: 'done', share: 1 });
  const ordered: Record<string, ClaimBox> = {};
  for (const c of claims) ordered[c.id] = laid.claims[c.id] as ClaimBox;
  const routes: MapLayout['relations'] = {};
  for (const r of relations) routes[r.id] = laid.relations[r.id] as MapLayout['relations'][string];
  return { direction, claims: ordered, relations: routes, bounds: boundsOf(ordered, routes) };
}
