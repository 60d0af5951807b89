// The parts every slide shares: its 16:9 size, the footer that cites the map's source in full, the compact legend of what is drawn, and the SVG wrapper.
import { measureText } from '../../layout/measureText.ts';
import { STATUS_ROW } from '../../layout/nodeMetrics.ts';
import type { MapLayout } from '../../layout/types.ts';
import { wrapLabel } from '../../layout/wrapLabel.ts';
import { CLAIM_FLAG_KINDS, claimFlags, type Evaluation, relationBroken } from '../../model/evaluateMap.ts';
import { neutraliseBidi } from '../../model/neutraliseBidi.ts';
import type { ArgumentMap, ClaimKind, RelationKind, Status } from '../../model/schema.ts';
import { citationText } from '../svg/headerSvg.ts';
import { hiddenMarkBadgeSvg, hiddenMarkWidth, HIDDEN_MARK } from '../svg/hiddenMarkSvg.ts';
import { type Block, LEGEND_ROW, legendSvg, legendWord, legendWordWidth, type LegendSection } from '../svg/legendSvg.ts';
import type { MarksStyle } from '../svg/claimSvg.ts';
import { standingLegendSection } from '../svg/standingSvg.ts';
import { FONT_STACK, baselineIn, textLines } from '../svg/svgText.ts';
import type { Theme } from '../svg/theme.ts';
import { element, escapeXml } from '../svg/xml.ts';
import type { Rect } from './slideView.ts';

export const SLIDE = { width: 1600, height: 900 } as const;
export const SLIDE_PAD = 40;
const FOOTER_FONT = { size: 14, weight: 400, lineHeight: 19 } as const;

/** "Title — Source: …" wrapped over the slide's whole width, as many lines as it takes: never cut. */
export function slideFooter(map: ArgumentMap, theme: Theme): { svg: string; top: number } {
  const text = [neutraliseBidi(map.meta.title), map.meta.source ? citationText(map.meta.source) : ''].filter(Boolean).join(' — ');
  const width = SLIDE.width - 2 * SLIDE_PAD;
  const lines = wrapLabel(text, width, (t) => measureText(t, FOOTER_FONT.size, FOOTER_FONT.weight));
  const top = SLIDE.height - SLIDE_PAD + 8 - lines.length * FOOTER_FONT.lineHeight;
  const rule = element('rect', { x: SLIDE_PAD, y: top - 10, width, height: 1, fill: '#d1d5db' });
  const words = textLines(lines, SLIDE_PAD, baselineIn(top, FOOTER_FONT.lineHeight, FOOTER_FONT.size), FOOTER_FONT.lineHeight, { ...FOOTER_FONT, fill: theme.mutedText }, { 'data-part': 'slide-footer' });
  return { svg: rule + words, top: top - 10 };
}

/** As the slide's renderer keeps claims (frameKeeps 'inside'): wholly in the frame. */
function inside(box: Rect, frame: Rect): boolean {
  return box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;
}

/** The legend of only what the slide draws inside its frame: kinds, marks, links and flags. */
/** The "?" of a mark the step has not revealed yet, explained in words (the staged map reads it as unassessed). */
function hiddenMarkSection(theme: Theme): LegendSection {
  const badge = hiddenMarkWidth(theme);
  const words = `mark ${HIDDEN_MARK.words}`;
  return {
    heading: 'Not yet',
    items: [{ width: badge + 6 + legendWordWidth(words), draw: (x, top) => hiddenMarkBadgeSvg(x, top + (LEGEND_ROW - STATUS_ROW) / 2, theme) + legendWord(words, x + badge + 6, top, theme) }],
  };
}

export function compactLegend(
  map: ArgumentMap,
  layout: MapLayout,
  theme: Theme,
  shown: ReadonlySet<string>,
  frame: Rect,
  width: number,
  evaluation: Evaluation | undefined,
  marks: MarksStyle = 'shown',
  hiddenMarks: ReadonlySet<string> = new Set(),
): Block {
  const inView = map.nodes.filter((claim) => shown.has(claim.id) && layout.claims[claim.id] && inside(layout.claims[claim.id] as Rect, frame));
  const ids = new Set(inView.map((claim) => claim.id));
  const links = map.edges.filter((edge) => shown.has(edge.source) && shown.has(edge.target) && (ids.has(edge.source) || ids.has(edge.target)));
  const only = {
    kinds: new Set<ClaimKind>(inView.map((claim) => claim.kind)),
    statuses: new Set<Status>(inView.filter((claim) => !hiddenMarks.has(claim.id)).map((claim) => claim.status)),
    relations: new Set<RelationKind>(links.map((edge) => edge.relation)),
  };
  const extra: LegendSection[] = [];
  if (inView.some((claim) => hiddenMarks.has(claim.id))) extra.push(hiddenMarkSection(theme));
  if (evaluation) {
    const section = standingLegendSection(theme, false);
    const flagged = CLAIM_FLAG_KINDS.map((kind) => inView.some((claim) => claimFlags(evaluation, claim.id).some((flag) => flag.kind === kind)));
    const broken = links.some((edge) => relationBroken(evaluation, edge.id) !== undefined);
    // The section lists the flag kinds in CLAIM_FLAG_KINDS order, then the broken link.
    extra.push({ ...section, items: section.items.filter((_, i) => (i < flagged.length ? flagged[i] : i === flagged.length && broken)) });
  }
  return legendSvg(theme, width, extra, { marks, only });
}

/** The slide's own <svg>, with a <title> for screen readers and the background. */
export function slideDocument(title: string, theme: Theme, body: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE.width}" height="${SLIDE.height}" viewBox="0 0 ${SLIDE.width} ${SLIDE.height}"` +
    ` font-family="${escapeXml(FONT_STACK)}" role="img">` +
    `<title>${escapeXml(title)}</title>` +
    element('rect', { width: SLIDE.width, height: SLIDE.height, fill: theme.background, 'data-part': 'background' }) +
    body +
    '</svg>\n'
  );
}
