// Puts pinned claims where the map says and moves the laid-out claims that would overlap them.
import type { Claim, Direction, Relation } from '../model/schema.ts';
import { routeBetween } from './runDagre.ts';
import type { ClaimBox, MapLayout, Point } from './types.ts';

/** Free space kept between a pinned box and a claim moved out of its way. */
const GAP = 24;

type Box = Pick<ClaimBox, 'x' | 'y' | 'width' | 'height'>;

const overlaps = (a: Box, b: Box, gap: number): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/**
 * Slides `box` along the cross axis (x in TB, y in LR) to the nearest place where it overlaps none of
 * `placed`. Candidates are the box's own place and the places just beside each blocking box; the far
 * side of the last one is always free, so a place is always found.
 */
function nearestFree(box: Box, placed: readonly Box[], direction: Direction): Box {
  const axis = direction === 'TB' ? 'x' : 'y';
  const size = direction === 'TB' ? 'width' : 'height';
  const blocking = placed.filter((p) => overlaps({ ...box, [axis]: p[axis] }, p, GAP));
  if (!blocking.some((p) => overlaps(box, p, GAP))) return box;
  const candidates = blocking.flatMap((p) => [p[axis] - box[size] - GAP, p[axis] + p[size] + GAP]);
  candidates.sort((a, b) => Math.abs(a - box[axis]) - Math.abs(b - box[axis]) || a - b);
  for (const value of candidates) {
    const moved = { ...box, [axis]: Math.round(value) };
    if (!placed.some((p) => overlaps(moved, p, GAP))) return moved;
  }
  const farthest = Math.max(...placed.map((p) => p[axis] + p[size]));
  return { ...box, [axis]: Math.round(farthest + GAP) };
}

/**
 * Pinned claims keep their `position` (box top-left). The layout is deterministic and pins are taken in its
 * own coordinates, so the unpinned claims stay exactly where the user saw them when the pin was made; each
 * unpinned claim (in reading order) that would overlap a pinned or already moved claim slides sideways to
 * the nearest free place. Routes touching a pinned or moved claim are redrawn straight between its handles,
 * since dagre's bends no longer fit them.
 */
export function placePinned(laid: Omit<MapLayout, 'bounds'>, claims: readonly Claim[], relations: readonly Relation[]): Omit<MapLayout, 'bounds'> {
  const pinned = claims.filter((c) => c.position);
  if (pinned.length === 0) return laid;
  const { direction } = laid;
  const box = (id: string): ClaimBox => laid.claims[id] as ClaimBox;

  const result: Record<string, ClaimBox> = {};
  const placed: ClaimBox[] = [];
  const disturbed = new Set<string>();
  for (const c of pinned) {
    const pin = c.position as Point;
    result[c.id] = { ...box(c.id), x: pin.x, y: pin.y };
    placed.push(result[c.id] as ClaimBox);
    disturbed.add(c.id);
  }
  const main = direction === 'TB' ? 'y' : 'x';
  const cross = direction === 'TB' ? 'x' : 'y';
  const unpinned = claims
    .filter((c) => !c.position)
    .map((c) => box(c.id))
    .sort((a, b) => a[main] - b[main] || a[cross] - b[cross] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const shifted of unpinned) {
    const free = nearestFree(shifted, placed, direction);
    const final = { ...shifted, x: free.x, y: free.y };
    if (final.x !== shifted.x || final.y !== shifted.y) disturbed.add(final.id);
    result[final.id] = final;
    placed.push(final);
  }

  const routes: MapLayout['relations'] = {};
  for (const r of relations) {
    const route = laid.relations[r.id];
    if (!route) continue;
    const source = result[r.source] as ClaimBox;
    const target = result[r.target] as ClaimBox;
    const bends = disturbed.has(r.source) || disturbed.has(r.target) ? [] : route.points.slice(1, -1);
    const points = routeBetween(source, target, bends, direction, route.back);
    routes[r.id] = route.back ? { id: r.id, points, back: true } : { id: r.id, points };
  }
  const ordered: Record<string, ClaimBox> = {};
  for (const c of claims) ordered[c.id] = result[c.id] as ClaimBox;
  return { direction, claims: ordered, relations: routes };
}
