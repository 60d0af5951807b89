// Lays out an edited map without moving what is on screen: claims keep their places, routes between unmoved claims keep their bends.
import { drawable, routeBetween } from '../layout/runDagre.ts';
import { sizeClaim } from '../layout/sizeClaim.ts';
import { onSide, spreadPorts } from '../layout/spreadPorts.ts';
import type { ClaimBox, MapLayout, Point } from '../layout/types.ts';
import type { ArgumentMap, Direction, Position } from '../model/schema.ts';

/** Space left between a claim placed by this module and its neighbour. */
export const PLACE_GAP = 48;

function boundsOf(claims: Record<string, ClaimBox>, relations: MapLayout['relations']): MapLayout['bounds'] {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const box of Object.values(claims)) {
    xs.push(box.x, box.x + box.width);
    ys.push(box.y, box.y + box.height);
  }
  for (const route of Object.values(relations)) {
    for (const p of route.points) {
      xs.push(p.x);
      ys.push(p.y);
    }
  }
  if (xs.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

type Rect = Pick<ClaimBox, 'x' | 'y' | 'width' | 'height'>;

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/**
 * A free top-left corner for a box of `size` near `near`: tried there first, then stepping along the
 * cross axis (sideways in TB, downwards in LR) alternately each way, so a new claim lands beside its
 * context and never on top of another.
 */
export function freeSpot(near: Point, size: { width: number; height: number }, taken: readonly Rect[], direction: Direction): Position {
  const step = direction === 'TB' ? size.width + PLACE_GAP / 2 : size.height + PLACE_GAP / 2;
  for (let i = 0; i < 400; i++) {
    const offset = (i % 2 === 0 ? 1 : -1) * Math.ceil(i / 2) * step;
    const spot = direction === 'TB' ? { x: near.x + offset, y: near.y } : { x: near.x, y: near.y + offset };
    if (!taken.some((rect) => overlaps({ ...spot, ...size }, rect, PLACE_GAP / 2))) return { x: Math.round(spot.x), y: Math.round(spot.y) };
  }
  return { x: Math.round(near.x), y: Math.round(near.y) };
}

/**
 * A free top-left corner for a box of `size` as near `near` as can be, in any direction: spots on a grid of the
 * box's own size (plus a gap) are tried ring by ring, nearest first, so a claim asked for in the middle of a busy
 * row lands in the gap above or below it rather than far along the row.
 */
export function nearestFreeSpot(near: Point, size: { width: number; height: number }, taken: readonly Rect[]): Position {
  const stepX = size.width + PLACE_GAP / 2;
  const stepY = size.height + PLACE_GAP / 2;
  const fits = (spot: Point) => !taken.some((rect) => overlaps({ ...spot, ...size }, rect, PLACE_GAP / 2));
  for (let ring = 0; ring <= 40; ring++) {
    const spots: Point[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) === ring) spots.push({ x: near.x + i * stepX, y: near.y + j * stepY });
      }
    }
    spots.sort((a, b) => Math.hypot(a.x - near.x, a.y - near.y) - Math.hypot(b.x - near.x, b.y - near.y));
    const free = spots.find(fits);
    if (free) return { x: Math.round(free.x), y: Math.round(free.y) };
  }
  return { x: Math.round(near.x), y: Math.round(near.y) };
}

/** Where a claim goes beside `context` (below it in TB, right of it in LR). */
export function besideSpot(context: Rect, size: { width: number; height: number }, taken: readonly Rect[], direction: Direction): Position {
  const near = direction === 'TB'
    ? { x: context.x + (context.width - size.width) / 2, y: context.y + context.height + PLACE_GAP }
    : { x: context.x + context.width + PLACE_GAP, y: context.y + (context.height - size.height) / 2 };
  return freeSpot(near, size, taken, direction);
}

/**
 * How far to move a group of boxes (copies of the selection) so that none lands on another: sideways by the
 * group's own extent (right in TB, down in LR), then alternately the other way and further, keeping the group's
 * arrangement.
 */
export function groupOffset(group: readonly Rect[], taken: readonly Rect[], direction: Direction): Position {
  if (group.length === 0) return { x: 0, y: 0 };
  const along = direction === 'TB' ? 'x' : 'y';
  const extent = direction === 'TB' ? 'width' : 'height';
  const start = Math.min(...group.map((box) => box[along]));
  const end = Math.max(...group.map((box) => box[along] + box[extent]));
  const step = end - start + PLACE_GAP / 2;
  for (let i = 1; i <= 400; i++) {
    const shift = (i % 2 === 1 ? 1 : -1) * Math.ceil(i / 2) * step;
    const moved = group.map((box) => ({ ...box, [along]: box[along] + shift }));
    if (!moved.some((box) => taken.some((rect) => overlaps(box, rect, PLACE_GAP / 2)))) {
      return direction === 'TB' ? { x: Math.round(shift), y: 0 } : { x: 0, y: Math.round(shift) };
    }
  }
  return direction === 'TB' ? { x: Math.round(step), y: 0 } : { x: 0, y: Math.round(step) };
}

export function positionsOf(layout: MapLayout): Record<string, Position> {
  const out: Record<string, Position> = {};
  for (const box of Object.values(layout.claims)) out[box.id] = { x: box.x, y: box.y };
  return out;
}

function sameBox(a: ClaimBox | undefined, b: ClaimBox): boolean {
  return !!a && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/**
 * Each claim sits at its pinned position, else where it was last drawn (`held`), else beside a linked
 * claim or, with none, to the right of everything. Routes whose two ends did not move keep their bends
 * from `previous`; the others run straight between the handles.
 */
export function holdLayout(
  map: ArgumentMap,
  previous: MapLayout | null,
  held: Readonly<Record<string, Position>>,
  direction: Direction,
): MapLayout {
  const claims: Record<string, ClaimBox> = {};
  const placed: ClaimBox[] = [];
  const waiting = [];
  for (const claim of map.nodes) {
    const size = sizeClaim(claim);
    const at = claim.position ?? held[claim.id];
    if (!at) {
      waiting.push({ claim, size });
      continue;
    }
    const box: ClaimBox = { id: claim.id, x: at.x, y: at.y, width: size.width, height: size.height, labelLines: [...size.labelLines] };
    claims[claim.id] = box;
    placed.push(box);
  }
  for (const { claim, size } of waiting) {
    const link = map.edges.find((edge) => (edge.target === claim.id && claims[edge.source]) || (edge.source === claim.id && claims[edge.target]));
    const context = link ? claims[link.source === claim.id ? link.target : link.source] : undefined;
    const right = placed.reduce((max, box) => Math.max(max, box.x + box.width), 0);
    const top = placed.reduce((min, box) => Math.min(min, box.y), Infinity);
    const spot = context
      ? besideSpot(context, size, placed, direction)
      : freeSpot({ x: right + PLACE_GAP, y: Number.isFinite(top) ? top : 0 }, size, placed, direction);
    const box: ClaimBox = { id: claim.id, ...spot, width: size.width, height: size.height, labelLines: [...size.labelLines] };
    claims[claim.id] = box;
    placed.push(box);
  }
  const relations: MapLayout['relations'] = {};
  for (const relation of drawable(map.nodes, map.edges)) {
    const source = claims[relation.source] as ClaimBox;
    const target = claims[relation.target] as ClaimBox;
    const before = previous?.relations[relation.id];
    const keep =
      !!before &&
      previous?.direction === direction &&
      sameBox(previous.claims[relation.source], source) &&
      sameBox(previous.claims[relation.target], target) &&
      isRouteBetween(before.points, source, target, direction);
    relations[relation.id] = { id: relation.id, points: keep && before ? before.points : routeBetween(source, target, [], direction) };
  }
  const ends = new Map(map.edges.map((r) => [r.id, r]));
  const spread = spreadPorts({ direction, claims, relations }, (id) => ends.get(id));
  return { direction, claims, relations: spread, bounds: boundsOf(claims, spread) };
}

/**
 * A stored route belongs to these two boxes when it starts on the source's outgoing side and ends on the
 * target's incoming side (a reconnected link does not); where along the side is spreadPorts' choice.
 */
function isRouteBetween(points: readonly Point[], source: ClaimBox, target: ClaimBox, direction: Direction): boolean {
  const first = points[0];
  const last = points.at(-1);
  return !!first && !!last && onSide(first, source, 'out', direction) && onSide(last, target, 'in', direction);
}
