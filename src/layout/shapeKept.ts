// How much of a drawing an edit disturbed: the share of untouched claims that moved more than their own box width.
import type { MapLayout } from './types.ts';

export interface ShapeChange {
  /** Claims in both layouts that the edit did not touch. */
  compared: number;
  /** Of those, how many moved more than their box width (after the shift every claim shares is taken out). */
  moved: number;
  share: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.floor(sorted.length / 2)] as number);
}

/**
 * A drawing slid as a whole has kept its shape (the canvas re-centres it anyway), so the median displacement of the
 * compared claims is taken out first; what is left is how far each claim moved relative to the rest.
 */
export function shapeChange(before: MapLayout, after: MapLayout, touched: ReadonlySet<string>): ShapeChange {
  const ids = Object.keys(before.claims).filter((id) => !touched.has(id) && after.claims[id] !== undefined);
  const centre = (box: { x: number; y: number; width: number; height: number }) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  const deltas = ids.map((id) => {
    const a = centre(before.claims[id] as MapLayout['claims'][string]);
    const b = centre(after.claims[id] as MapLayout['claims'][string]);
    return { id, dx: b.x - a.x, dy: b.y - a.y };
  });
  const shiftX = median(deltas.map((d) => d.dx));
  const shiftY = median(deltas.map((d) => d.dy));
  const moved = deltas.filter((d) => Math.hypot(d.dx - shiftX, d.dy - shiftY) > (before.claims[d.id] as MapLayout['claims'][string]).width).length;
  return { compared: ids.length, moved, share: ids.length === 0 ? 0 : moved / ids.length };
}
