// How wide a status pill is for its word: shared by the SVG renderer and the canvas's sketched claims, without the renderer's text code.
import { measureText } from '../../layout/measureText.ts';
import { BADGE_PAD_X, ICON_GAP, ICON_SIZE } from '../../layout/nodeMetrics.ts';
import type { Theme } from './theme.ts';

/** Width of the status pill: padding, icon, gap, word, padding. */
export function badgeWidth(word: string, theme: Theme): number {
  return Math.ceil(2 * BADGE_PAD_X + ICON_SIZE + ICON_GAP + measureText(word, theme.font.smallSize, theme.font.smallWeight));
}
