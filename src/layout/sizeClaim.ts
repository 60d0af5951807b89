// The size of a claim's box and its label lines: the one sizing used by the layout, the canvas and every export.
import type { Claim } from '../model/schema.ts';
import { measureText } from './measureText.ts';
import { boxHeight, MAX_LABEL_WIDTH, MIN_WIDTH, PAD_X } from './nodeMetrics.ts';
import { wrapLabel } from './wrapLabel.ts';

/** The label's font; must match the theme's label font (a test checks it). */
export const LABEL_FONT = { size: 14, weight: 600 } as const;

export interface ClaimSize {
  width: number;
  height: number;
  labelLines: readonly string[];
}

const measureLabel = (text: string): number => measureText(text, LABEL_FONT.size, LABEL_FONT.weight);

/** Sizes depend on the label alone, and every layout and render asks again for the same labels. */
const cache = new Map<string, ClaimSize>();
const CACHE_LIMIT = 20_000;

export function sizeLabel(label: string): ClaimSize {
  const cached = cache.get(label);
  if (cached) return cached;
  const labelLines = Object.freeze(wrapLabel(label, MAX_LABEL_WIDTH, measureLabel));
  const widest = labelLines.reduce((max, line) => Math.max(max, measureLabel(line)), 0);
  const size: ClaimSize = Object.freeze({
    width: Math.max(MIN_WIDTH, Math.ceil(widest) + 2 * PAD_X),
    height: boxHeight(labelLines.length),
    labelLines,
  });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(label, size);
  return size;
}

/** Forgets every remembered size, so a benchmark can time a layout that sizes its claims from scratch. */
export function forgetSizes(): void {
  cache.clear();
}

export function sizeClaim(claim: Pick<Claim, 'label'>): ClaimSize {
  return sizeLabel(claim.label);
}
