// Which part of the map a slide shows and how large: the revealed part zoomed to fill, or the step claim's neighbourhood when that would be too small to read.
import type { ClaimBox, MapLayout } from '../../layout/types.ts';
import type { Area } from '../svg/placeMapSvg.ts';
import { lightTheme } from '../svg/theme.ts';

/** Slides are drawn in CSS pixels and become PDF points at 72/96. */
export const PX_TO_PT = 72 / 96;
/** Labels on a projected or printed slide: never smaller than this… */
export const MIN_LABEL_PT = 9;
/** …and never blown up past this, so one claim does not fill the slide. */
export const MAX_LABEL_PT = 18;
/** Room around the boxes for the step ring and the flag tags below a box. */
const PAD = 22;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SlideView {
  /** The part of the layout framed, in layout coordinates. */
  frame: Rect;
  /** Slide pixels per layout pixel. */
  scale: number;
  /** Size of a claim label on the page, in points. */
  labelPt: number;
  /** True when only the step claim's neighbourhood fits at a readable size. */
  neighbourhood: boolean;
}

export function labelPoints(scale: number): number {
  return lightTheme.font.labelSize * scale * PX_TO_PT;
}

export function scaleForLabel(points: number): number {
  return points / (lightTheme.font.labelSize * PX_TO_PT);
}

function around(boxes: readonly ClaimBox[]): Rect {
  const left = Math.min(...boxes.map((b) => b.x)) - PAD;
  const top = Math.min(...boxes.map((b) => b.y)) - PAD;
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + PAD;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + PAD;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function view(frame: Rect, area: Area, neighbourhood: boolean): SlideView {
  const scale = Math.min(area.width / frame.width, area.height / frame.height, scaleForLabel(MAX_LABEL_PT));
  return { frame, scale, labelPt: labelPoints(scale), neighbourhood };
}

/** Labels in a close-up are no larger than this, so the close-up keeps as much of the map around the claim as it can. */
const CLOSE_UP_MAX_PT = 11;

/** `start` moved so that [start, start + size] stays inside [min, max] where it can (centred when it is larger). */
function clampInto(start: number, size: number, min: number, max: number): number {
  if (size >= max - min) return min - (size - (max - min)) / 2;
  return Math.min(Math.max(start, min), max - size);
}

/**
 * The view of a slide: all `shown` claims if they fit with labels of at least MIN_LABEL_PT. Otherwise a
 * close-up: a window centred on the current claim and its shown neighbours, at the scale that fits them
 * (between MIN_LABEL_PT and CLOSE_UP_MAX_PT), kept within the revealed part so it shows no empty margin.
 */
export function slideView(layout: MapLayout, shown: Iterable<string>, current: string | undefined, neighbours: Iterable<string>, area: Area): SlideView {
  const boxes = (ids: Iterable<string>) => [...ids].flatMap((id) => layout.claims[id] ?? []);
  const all = boxes(shown);
  if (all.length === 0) return view({ x: 0, y: 0, width: area.width, height: area.height }, area, false);
  const revealed = around(all);
  const whole = view(revealed, area, false);
  const currentBox = current === undefined ? undefined : layout.claims[current];
  if (whole.labelPt >= MIN_LABEL_PT || !currentBox) return whole;
  const near = around([currentBox, ...boxes(neighbours)]);
  const fit = Math.min(area.width / near.width, area.height / near.height);
  const scale = Math.min(Math.max(fit, scaleForLabel(MIN_LABEL_PT)), scaleForLabel(CLOSE_UP_MAX_PT));
  const width = area.width / scale;
  const height = area.height / scale;
  // Centred on the neighbourhood when it fits, else on the current claim, which must stay in view.
  const centre = fit >= scale ? near : around([currentBox]);
  const x = clampInto(centre.x + centre.width / 2 - width / 2, width, revealed.x, revealed.x + revealed.width);
  const y = clampInto(centre.y + centre.height / 2 - height / 2, height, revealed.y, revealed.y + revealed.height);
  return { frame: { x, y, width, height }, scale, labelPt: labelPoints(scale), neighbourhood: true };
}
