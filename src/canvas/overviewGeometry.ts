// Where the overview map draws the claims and the window: one scale from the map's units to the overview's pixels.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** React Flow's viewport: the map point (x, y) is drawn at (x * zoom + tx, y * zoom + ty) on the canvas. */
export type Transform = readonly [tx: number, ty: number, zoom: number];

/** A claim as the overview needs it: its box and whether it is shown at all. */
export interface OverviewClaim {
  position: { x: number; y: number };
  width?: number;
  height?: number;
  hidden?: boolean;
}

export interface OverviewFrame {
  /** The map's point drawn at the overview's top-left corner. */
  x: number;
  y: number;
  /** Map units per overview pixel. */
  scale: number;
}

/** Pixels kept free around the drawing, as React Flow's minimap keeps. */
export const OVERVIEW_MARGIN = 5;

/** The part of the map the window shows. */
export function windowRect(transform: Transform, width: number, height: number): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/** The bounding box of the shown claims, or null when none is shown. */
export function claimsBounds(claims: readonly OverviewClaim[]): Rect | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const claim of claims) {
    if (claim.hidden) continue;
    const { x, y } = claim.position;
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + (claim.width ?? 0));
    bottom = Math.max(bottom, y + (claim.height ?? 0));
  }
  return left === Infinity ? null : { x: left, y: top, width: right - left, height: bottom - top };
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/**
 * Fits the claims and the window together into a `width`×`height` overview, centred, with OVERVIEW_MARGIN pixels
 * around them; the same fit React Flow's minimap makes.
 */
export function overviewFrame(bounds: Rect | null, view: Rect, width: number, height: number): OverviewFrame {
  const all = bounds ? union(bounds, view) : view;
  const inner = { width: Math.max(1, width - 2 * OVERVIEW_MARGIN), height: Math.max(1, height - 2 * OVERVIEW_MARGIN) };
  const scale = Math.max(all.width / inner.width, all.height / inner.height, Number.MIN_VALUE);
  return { x: all.x + all.width / 2 - (width / 2) * scale, y: all.y + all.height / 2 - (height / 2) * scale, scale };
}

/** A rectangle of the map in overview pixels. */
export function toOverview(frame: OverviewFrame, rect: Rect): Rect {
  return { x: (rect.x - frame.x) / frame.scale, y: (rect.y - frame.y) / frame.scale, width: rect.width / frame.scale, height: rect.height / frame.scale };
}

/** The map point under an overview pixel. */
export function toMap(frame: OverviewFrame, point: { x: number; y: number }): { x: number; y: number } {
  return { x: frame.x + point.x * frame.scale, y: frame.y + point.y * frame.scale };
}
