// Which claims and links a drag lifts onto layers of their own, above the map, and how they are marked for MapCanvas.css.
import type { Position } from '../model/schema.ts';

/**
 * A dragged claim's links, drawn above the other claims (React Flow lifts a selected, dragged claim to z 1000 and
 * draws it after the links, so it stays above its own links) on a layer of their own, as the claim is (MapCanvas.css).
 */
export const DRAGGED_LINK = { zIndex: 1000, className: 'dragged-link' } as const;
export const DRAGGED_CLAIM = 'dragged-claim';

/**
 * A drag of more claims than this keeps them and their links in the map's layer: hundreds of layers cost a frame
 * more than the re-rasterising they save (all 1,000 claims of a map dragged at once: p95 158 → 242 ms with layers).
 */
export const LIFT_AT_MOST = 20;

/** The claims a drag lifts onto layers of their own, or null. */
export function liftedClaims(dragging: Readonly<Record<string, Position>> | null): ReadonlySet<string> | null {
  const ids = dragging ? Object.keys(dragging) : [];
  return ids.length > 0 && ids.length <= LIFT_AT_MOST ? new Set(ids) : null;
}
