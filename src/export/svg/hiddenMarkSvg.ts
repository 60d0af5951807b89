// The "?" badge of a mark a presentation step has not revealed yet: one look for the canvas, the step panel and the slides.
import { measureText } from '../../layout/measureText.ts';
import { BADGE_PAD_X, STATUS_ROW } from '../../layout/nodeMetrics.ts';
import { HIDDEN_MARK_WORDS } from '../../model/stagedMarks.ts';
import { baselineIn, textLine } from './svgText.ts';
import type { Theme } from './theme.ts';
import { element, num } from './xml.ts';

/** A dashed outline rather than a colour tells it from the four marks; the "?" is what a class sees. */
export const HIDDEN_MARK = { word: '?', words: HIDDEN_MARK_WORDS, color: '#1e3a8a', background: '#ffffff', dash: '3 2' } as const;

export function hiddenMarkWidth(theme: Theme): number {
  return Math.ceil(2 * BADGE_PAD_X + measureText(HIDDEN_MARK.word, theme.font.smallSize, theme.font.smallWeight)) + 8;
}

/** In place of the status pill, top-left corner at (x, y); its words go in the claim group's data and in every text around it. */
export function hiddenMarkBadgeSvg(x: number, y: number, theme: Theme): string {
  const width = hiddenMarkWidth(theme);
  const small = { size: theme.font.smallSize, weight: theme.font.smallWeight, fill: HIDDEN_MARK.color };
  return (
    element('rect', {
      x: num(x + 0.5),
      y: num(y + 0.5),
      width: width - 1,
      height: STATUS_ROW - 1,
      rx: STATUS_ROW / 2,
      fill: HIDDEN_MARK.background,
      stroke: HIDDEN_MARK.color,
      'stroke-dasharray': HIDDEN_MARK.dash,
      'data-role': 'hidden-mark',
    }) + textLine(HIDDEN_MARK.word, x + width / 2, baselineIn(y, STATUS_ROW, small.size), { ...small, anchor: 'middle' })
  );
}
