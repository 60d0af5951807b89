// One claim's box in SVG, row by row exactly as nodeMetrics lays it out: kind row, label lines, status badge.
import type { ClaimBox } from '../../layout/types.ts';
import { BADGE_PAD_X, ICON_GAP, ICON_SIZE, KIND_ROW, LABEL_LINE, PAD_X, rowTops, STATUS_ROW } from '../../layout/nodeMetrics.ts';
import type { Claim } from '../../model/schema.ts';
import { badgeWidth } from './badgeWidth.ts';
import { hiddenMarkBadgeSvg } from './hiddenMarkSvg.ts';
import { BOX_STROKE_WIDTH, ICON_STROKE_WIDTH, type Icon, kindCaption, type Theme } from './theme.ts';
import { baselineIn, textLine, textLines } from './svgText.ts';
import { element, num } from './xml.ts';

/** A 12×12 theme icon placed with its top-left corner at (x, y). */
export function iconSvg(icon: Icon, x: number, y: number, color: string): string {
  return element('path', {
    d: icon.path,
    transform: `translate(${num(x)} ${num(y)})`,
    fill: icon.fill ? color : 'none',
    stroke: icon.fill ? undefined : color,
    'stroke-width': icon.fill ? undefined : ICON_STROKE_WIDTH,
    'stroke-linecap': icon.fill ? undefined : 'round',
    'stroke-linejoin': icon.fill ? undefined : 'round',
  });
}

/** The status pill with its top-left corner at (x, y): icon and word, so status never rests on colour alone. */
export function badgeSvg(claimStatus: Claim['status'], x: number, y: number, theme: Theme): string {
  const style = theme.statuses[claimStatus];
  const small = { size: theme.font.smallSize, weight: theme.font.smallWeight, fill: style.color };
  return (
    element('rect', { x, y, width: badgeWidth(style.word, theme), height: STATUS_ROW, rx: STATUS_ROW / 2, fill: style.background, 'data-role': 'status-badge' }) +
    iconSvg(style.icon, x + BADGE_PAD_X, y + (STATUS_ROW - ICON_SIZE) / 2, style.color) +
    textLine(style.word, x + BADGE_PAD_X + ICON_SIZE + ICON_GAP, baselineIn(y, STATUS_ROW, small.size), small)
  );
}

/** Size of the empty box a student marks by hand on a practice handout. */
export const BLANK_MARK = { size: 16, stroke: 1.5 } as const;

/** The empty box that stands where the status badge would, on a practice handout: nothing in it gives the mark away. */
export function blankMarkSvg(x: number, y: number, theme: Theme): string {
  const inset = BLANK_MARK.stroke / 2;
  return element('rect', {
    x: num(x + inset),
    y: num(y + (STATUS_ROW - BLANK_MARK.size) / 2 + inset),
    width: BLANK_MARK.size - BLANK_MARK.stroke,
    height: BLANK_MARK.size - BLANK_MARK.stroke,
    rx: 2,
    fill: '#ffffff',
    stroke: theme.text,
    'stroke-width': BLANK_MARK.stroke,
    'data-role': 'blank-mark',
  });
}

/** How a claim's mark is drawn: the status badge, or (practice handout) an empty box to mark by hand. */
export type MarksStyle = 'shown' | 'blank';

/** The claim's group, translated to its box; the border is inset by half its width so it stays inside the box as a CSS border does. */
export function claimSvg(claim: Claim, box: ClaimBox, theme: Theme, marks: MarksStyle = 'shown', markHidden = false): string {
  const kind = theme.kinds[claim.kind];
  const rows = rowTops(box.labelLines.length);
  const inset = BOX_STROKE_WIDTH / 2;
  const small = { size: theme.font.smallSize, weight: theme.font.smallWeight, fill: kind.stroke };
  const label = { size: theme.font.labelSize, weight: theme.font.labelWeight, fill: theme.text };
  const body =
    element('rect', {
      x: inset,
      y: inset,
      width: box.width - BOX_STROKE_WIDTH,
      height: box.height - BOX_STROKE_WIDTH,
      rx: kind.radius,
      fill: kind.fill,
      stroke: kind.stroke,
      'stroke-width': BOX_STROKE_WIDTH,
      'stroke-dasharray': kind.dash,
      'data-role': 'box',
    }) +
    iconSvg(kind.icon, PAD_X, rows.kind + (KIND_ROW - ICON_SIZE) / 2, kind.stroke) +
    textLine(kindCaption(kind), PAD_X + ICON_SIZE + ICON_GAP, baselineIn(rows.kind, KIND_ROW, small.size), small) +
    textLines(box.labelLines, PAD_X, baselineIn(rows.label, LABEL_LINE, label.size), LABEL_LINE, label, { 'data-role': 'label' }) +
    (marks === 'blank' ? blankMarkSvg(PAD_X, rows.status, theme) : markHidden ? hiddenMarkBadgeSvg(PAD_X, rows.status, theme) : badgeSvg(claim.status, PAD_X, rows.status, theme));
  return element(
    'g',
    {
      transform: `translate(${num(box.x)} ${num(box.y)})`,
      'data-claim-id': claim.id,
      'data-kind': claim.kind,
      // A blank handout's file must not hold the answers either, not even in an attribute; nor a mark not yet revealed.
      'data-status': marks === 'blank' || markHidden ? undefined : claim.status,
      'data-mark': markHidden ? 'hidden' : undefined,
    },
    body,
  );
}
