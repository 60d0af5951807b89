// Geometry of a claim's box (rows, padding, widths), shared by sizing, the canvas and the SVG renderer.

/** Padding inside the box. */
export const PAD_X = 12;
export const PAD_Y = 9;
/** Top row: kind icon (12 px) and the kind word in small caps. */
export const KIND_ROW = 16;
/** Space between rows. */
export const ROW_GAP = 6;
/** One line of the label, Inter 600 at 14 px. */
export const LABEL_LINE = 19;
/** Bottom row: the status badge, a pill holding icon and word. */
export const STATUS_ROW = 20;
export const BADGE_PAD_X = 6;
export const ICON_SIZE = 12;
export const ICON_GAP = 4;
/** Boxes are never narrower than this, so the kind and status rows always fit. */
export const MIN_WIDTH = 170;
/** Labels wrap at this width; long words are broken. */
export const MAX_LABEL_WIDTH = 220;

export function boxHeight(labelLineCount: number): number {
  return PAD_Y + KIND_ROW + ROW_GAP + labelLineCount * LABEL_LINE + ROW_GAP + STATUS_ROW + PAD_Y;
}

/** Y offsets of each row's top inside the box. */
export function rowTops(labelLineCount: number): { kind: number; label: number; status: number } {
  const label = PAD_Y + KIND_ROW + ROW_GAP;
  return { kind: PAD_Y, label, status: label + labelLineCount * LABEL_LINE + ROW_GAP };
}
