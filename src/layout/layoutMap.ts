// Lays a map out with dagre: claim boxes, relation routes and bounds, deterministic and overlap-free.
import type { ArgumentMap, Claim, Direction, Relation } from '../model/schema.ts';
import { placePinned } from './placePinned.ts';
import { drawable, runDagre, type LayoutStep } from './runDagre.ts';
import { sizeClaim } from './sizeClaim.ts';
import { spreadPorts } from './spreadPorts.ts';

export type { LayoutStep } from './runDagre.ts';
import type { ClaimBox, MapLayout } from './types.ts';

export interface LayoutOptions {
  /** Overrides the map's own `layout.direction` (the canvas toggle). */
  direction?: Direction;
  /** Called as each step starts, so a worker can show progress on big maps. */
  onProgress?: (step: LayoutStep) => void;
  /** Compute even when a layout of the same geometry is remembered (benchmarks, determinism checks). */
  fresh?: boolean;
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

/**
 * Everything the drawing depends on: direction, each claim's id, box size and pin, each relation's ends.
 * Labels matter only through their size, and status, text and sources not at all.
 */
function geometryKey(direction: Direction, claims: readonly Claim[], relations: readonly Relation[]): string {
  const parts: string[] = [direction];
  for (const c of claims) {
    const { width, height } = sizeClaim(c);
    parts.push(`${c.id} ${width} ${height}${c.position ? ` ${c.position.x} ${c.position.y}` : ''}`);
  }
  parts.push('');
  for (const r of relations) parts.push(`${r.id} ${r.source} ${r.target}${r.joint ? ` ${r.joint}` : ''}`);
  return parts.join('\n');
}

/**
 * The last few layouts by geometry: the store lays the whole map out again after every edit, and most
 * edits (status, text, sources, a label that keeps its box size, toggling the direction back) leave the
 * geometry as it was. The layout is a pure function of that geometry, so reusing it changes nothing but
 * the time: at 1,000 claims an edit would otherwise cost a full layout.
 */
const recent = new Map<string, MapLayout>();
const RECENT_LIMIT = 4;

export function layoutMap(map: ArgumentMap, options: LayoutOptions = {}): MapLayout {
  const direction = options.direction ?? map.layout?.direction ?? 'TB';
  const claims = [...map.nodes].sort(byId);
  const relations = drawable(claims, [...map.edges].sort(byId));
  const key = geometryKey(direction, claims, relations);
  const known = options.fresh ? undefined : recent.get(key);
  if (known) {
    recent.delete(key);
    recent.set(key, known);
    options.onProgress?.({ name: 'done', share: 1 });
    return withLabels(known, claims);
  }
  const layout = computeLayout(direction, claims, relations, options);
  recent.set(key, layout);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  return layout;
}

/** The cached drawing with each box's label lines as the claims now read (same sizes, maybe other words). */
function withLabels(layout: MapLayout, claims: readonly Claim[]): MapLayout {
  if (claims.every((c) => sizeClaim(c).labelLines.join('\n') === (layout.claims[c.id] as ClaimBox).labelLines.join('\n'))) return layout;
  const boxes: Record<string, ClaimBox> = {};
  for (const c of claims) boxes[c.id] = { ...(layout.claims[c.id] as ClaimBox), labelLines: [...sizeClaim(c).labelLines] };
  return { ...layout, claims: boxes };
}

function computeLayout(direction: Direction, claims: Claim[], relations: Relation[], options: LayoutOptions): MapLayout {
  const laid = placePinned(runDagre({ claims, relations }, direction, options.onProgress), claims, relations);
  const ends = new Map(relations.map((r) => [r.id, r]));
  const spread = spreadPorts(laid, (id) => ends.get(id));
  options.onProgress?.({ name: 'done', share: 1 });
  const ordered: Record<string, ClaimBox> = {};
  for (const c of claims) ordered[c.id] = laid.claims[c.id] as ClaimBox;
  const routes: MapLayout['relations'] = {};
  for (const r of relations) routes[r.id] = spread[r.id] as MapLayout['relations'][string];
  return { direction, claims: ordered, relations: routes, bounds: boundsOf(ordered, routes) };
}
