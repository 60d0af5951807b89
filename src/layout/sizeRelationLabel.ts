// The lines and size of a link's label: wrapped as claim labels are, so a long one is a narrow block, never a line across the map.
import { measureText } from './measureText.ts';
import { wrapLabel } from './wrapLabel.ts';

/** Small text at normal weight, so labels read as annotations, not claims; must match the theme's small size (a test checks it). */
export const RELATION_LABEL_FONT = { size: 11, weight: 400, lineHeight: 14 } as const;
/** Label text wraps at this width; an unbroken word longer than it is broken between graphemes. */
export const MAX_RELATION_LABEL_WIDTH = 160;
/** Space between the text and the edge of its backing. */
export const RELATION_LABEL_PAD = { x: 4, y: 1 } as const;

export interface RelationLabelSize {
  lines: readonly string[];
  /** The backing's size, padding included. */
  width: number;
  height: number;
}

const measure = (text: string): number => measureText(text, RELATION_LABEL_FONT.size, RELATION_LABEL_FONT.weight);

export function sizeRelationLabel(label: string): RelationLabelSize {
  const lines = wrapLabel(label, MAX_RELATION_LABEL_WIDTH, measure);
  const widest = lines.reduce((max, line) => Math.max(max, measure(line)), 0);
  return {
    lines,
    width: Math.ceil(widest) + 2 * RELATION_LABEL_PAD.x,
    height: lines.length * RELATION_LABEL_FONT.lineHeight + 2 * RELATION_LABEL_PAD.y,
  };
}
