// One presentation step as a 16:9 slide SVG: the revealed map zoomed to fill its area (drawn by the one renderer) beside what Present's step panel says.
import type { MapLayout } from '../../layout/types.ts';
import { claimFlags } from '../../model/evaluateMap.ts';
import { explainFlag, flagTitle } from '../../model/explainFlag.ts';
import { flagWords } from '../../model/flagWords.ts';
import { formatHistoricalDate } from '../../model/historicalDate.ts';
import { HIDDEN_MARK } from '../svg/hiddenMarkSvg.ts';
import { neutraliseBidi } from '../../model/neutraliseBidi.ts';
import type { ArgumentMap, Claim } from '../../model/schema.ts';
import { stepReveal } from '../../model/stepReveal.ts';
import { FLAG_STYLES, WHY_WORD } from '../svg/flagTheme.ts';
import { placeMapSvg } from '../svg/placeMapSvg.ts';
import { renderMapSvgDocument } from '../svg/renderMapSvg.ts';
import type { Theme } from '../svg/theme.ts';
import { element } from '../svg/xml.ts';
import { type ColumnBlock, fitColumn, type Font } from './slideColumn.ts';
import { compactLegend, SLIDE, SLIDE_PAD, slideDocument, slideFooter } from './slideFrame.ts';
import { slideView } from './slideView.ts';
import { stepMarks } from './stepMarks.ts';

export { SLIDE } from './slideFrame.ts';

const MAP_WIDTH = 960;
const COLUMN = { x: SLIDE_PAD + MAP_WIDTH + 40, width: SLIDE.width - (SLIDE_PAD + MAP_WIDTH + 40) - SLIDE_PAD };
const NOTE_COLOR = '#d97706';
const MAP_BORDER = '#e5e7eb';

const FONTS = {
  counter: { size: 16, weight: 600, lineHeight: 22 },
  facts: { size: 18, weight: 600, lineHeight: 24 },
  label: { size: 28, weight: 600, lineHeight: 35 },
  note: { size: 20, weight: 400, lineHeight: 28 },
  text: { size: 17, weight: 400, lineHeight: 24 },
  tag: { size: 14, weight: 600, lineHeight: 24 },
  flagTitle: { size: 15, weight: 600, lineHeight: 21 },
  reason: { size: 15, weight: 400, lineHeight: 21 },
  heading: { size: 13, weight: 600, lineHeight: 20 },
  quote: { size: 16, weight: 400, lineHeight: 23 },
  cite: { size: 14, weight: 400, lineHeight: 19 },
  caption: { size: 13, weight: 400, lineHeight: 18 },
} satisfies Record<string, Font>;

export interface StepSlide {
  /** 1-based step; 0 is the opening whole-map slide and count + 1 the closing one. */
  step: number;
  count: number;
  /** The step's claim; absent on the whole-map slides. */
  claimId?: string;
  svg: string;
  width: number;
  height: number;
  /** What the presenter reads, not the class: written into the PDF as a note on the page. */
  notes: string;
  /** Size of a claim label on the page, in points. */
  labelPt: number;
}

/** `order` is the presentation's step order; `step` is 1-based. */
export function stepSlideSvg(source: ArgumentMap, layout: MapLayout, theme: Theme, order: readonly string[], step: number): StepSlide {
  const reveal = stepReveal(source, order, step);
  if (!reveal) throw new Error('the map has no claims to present');
  const { map, evaluation, hiddenMarks } = stepMarks(source, order, reveal.step);
  const claim = map.nodes.find((c) => c.id === reveal.current);
  if (!claim) throw new Error(`step ${step} names no claim`);
  const note = map.story?.find((entry) => entry.id === claim.id)?.note?.trim();
  const words = flagWords(map.meta.flagName);
  const flags = claimFlags(evaluation, claim.id).map((flag) => ({ flag, title: flagTitle(flag, words.titles[flag.kind]), reasons: explainFlag(map, flag) }));

  const footer = slideFooter(map, theme);
  const bottom = footer.top - 18;

  // The map column: the view, a caption when only the neighbourhood fits, the compact legend under it.
  const neighbours = new Set<string>();
  for (const edge of map.edges) {
    if (edge.source === claim.id && reveal.shown.has(edge.target)) neighbours.add(edge.target);
    if (edge.target === claim.id && reveal.shown.has(edge.source)) neighbours.add(edge.source);
  }
  // The legend depends on the view and the view's height on the legend: the first view's legend is a good bound (it only lists fewer things in a closer view).
  const roughArea = { x: SLIDE_PAD, y: SLIDE_PAD, width: MAP_WIDTH, height: bottom - SLIDE_PAD - 120 };
  const rough = slideView(layout, reveal.shown, claim.id, neighbours, roughArea);
  const legend = compactLegend(map, layout, theme, reveal.shown, rough.frame, MAP_WIDTH, evaluation, 'shown', hiddenMarks);
  const legendTop = bottom - legend.height;
  const captionHeight = FONTS.caption.lineHeight + 6;
  const area = { x: SLIDE_PAD, y: SLIDE_PAD, width: MAP_WIDTH, height: legendTop - 14 - captionHeight - SLIDE_PAD };
  const view = slideView(layout, reveal.shown, claim.id, neighbours, area);
  const rendered = renderMapSvgDocument(map, layout, theme, {
    title: false,
    legend: false,
    citation: false,
    background: 'transparent',
    reveal: { shown: reveal.shown, current: reveal.current, hiddenMarks },
    frame: view.frame,
    frameKeeps: 'inside',
    standing: { evaluation },
  });
  const inView = [...reveal.shown].filter((id) => {
    const box = layout.claims[id];
    // Counted as the renderer keeps them (frameKeeps 'inside'): wholly in view.
    return box && box.x >= view.frame.x && box.x + box.width <= view.frame.x + view.frame.width && box.y >= view.frame.y && box.y + box.height <= view.frame.y + view.frame.height;
  }).length;
  const caption = view.neighbourhood
    ? `Close-up of this step’s claim and its links: ${inView} of the ${reveal.shown.size} claims shown so far are in view.`
    : `${reveal.shown.size} of ${order.length} claims shown so far.`;
  const captionSvg = fitColumn([{ role: 'step-view', text: caption, font: FONTS.caption, fill: theme.mutedText, gapAfter: 0 }], SLIDE_PAD, area.y + area.height + 6, MAP_WIDTH, captionHeight).svg;

  // The words column, in the order of Present's step panel.
  // Staged reveal: a mark the step has not decided yet reads "?", as in Present.
  const markHidden = hiddenMarks.has(claim.id);
  const mark = markHidden ? `${HIDDEN_MARK.word} (mark ${HIDDEN_MARK.words})` : theme.statuses[claim.status].word;
  const facts = [theme.kinds[claim.kind].word, mark, claim.date === undefined ? '' : formatHistoricalDate(claim.date, claim.dateText)].filter(Boolean).join(' · ');
  const blocks: ColumnBlock[] = [
    { role: 'step-counter', text: `STEP ${reveal.step} OF ${order.length}`, font: FONTS.counter, fill: theme.mutedText, gapAfter: 10 },
    { role: 'step-facts', text: facts, font: FONTS.facts, fill: markHidden ? HIDDEN_MARK.color : theme.statuses[claim.status].color, gapAfter: 6 },
    { role: 'step-label', text: claim.label, font: FONTS.label, fill: theme.text, gapAfter: 16 },
  ];
  if (note) blocks.push({ role: 'step-note', text: note, font: FONTS.note, fill: theme.text, gapAfter: 16, indent: 16, bar: NOTE_COLOR });
  if (claim.text?.trim()) blocks.push({ role: 'step-text', text: claim.text.trim(), font: FONTS.text, fill: theme.text, gapAfter: 16, cuttable: true });
  for (const { flag, title, reasons } of flags) {
    const style = flag.kind === 'broken' ? undefined : FLAG_STYLES[flag.kind];
    blocks.push(
      { role: 'step-flag', text: flag.kind === 'broken' ? title : words.tags[flag.kind], font: FONTS.tag, fill: style?.color ?? '#ffffff', tag: style?.background ?? '#374151', gapAfter: 4 },
      { role: 'step-flag-title', text: `${title} — ${WHY_WORD}`, font: FONTS.flagTitle, fill: theme.text, gapAfter: 2 },
      ...reasons.map((reason, i): ColumnBlock => ({ role: 'step-why', text: `• ${reason}`, font: FONTS.reason, fill: theme.text, gapAfter: i === reasons.length - 1 ? 14 : 3, indent: 10, cuttable: true })),
    );
  }
  if (claim.sources.length > 0) {
    blocks.push({ role: 'step-sources', text: claim.sources.length === 1 ? 'SOURCE' : 'SOURCES', font: FONTS.heading, fill: theme.mutedText, gapAfter: 4 });
    for (const ref of claim.sources) {
      if (ref.quote.trim()) blocks.push({ role: 'step-quote', text: `“${ref.quote.trim()}”`, font: FONTS.quote, fill: theme.text, gapAfter: 4, cuttable: true });
      blocks.push({ role: 'step-citation', text: `— ${ref.citation}${ref.locator ? `, ${ref.locator}` : ''}`, font: FONTS.cite, fill: theme.mutedText, gapAfter: 12 });
    }
  }
  const column = fitColumn(blocks, COLUMN.x, SLIDE_PAD, COLUMN.width, bottom - SLIDE_PAD);

  const body =
    element('rect', { x: area.x - 0.5, y: area.y - 0.5, width: area.width + 1, height: area.height + 1, rx: 6, fill: 'none', stroke: MAP_BORDER, 'data-part': 'map-area' }) +
    placeMapSvg(rendered, area, view.scale, `step-${reveal.step}-map`, 'step-map') +
    captionSvg +
    element('g', { 'data-part': 'legend', transform: `translate(${SLIDE_PAD} ${legendTop})` }, legend.svg) +
    column.svg +
    footer.svg;
  const title = `${neutraliseBidi(map.meta.title)} — step ${reveal.step} of ${order.length}: ${claim.label}`;
  return {
    step: reveal.step,
    count: order.length,
    claimId: claim.id,
    svg: slideDocument(title, theme, body),
    width: SLIDE.width,
    height: SLIDE.height,
    notes: presenterNotes(reveal.step, order.length, claim, note, flags, column.cut),
    labelPt: view.labelPt,
  };
}

/** Everything the slide says, uncut, plus the teacher's note: a presenter's crib for the step. */
function presenterNotes(step: number, count: number, claim: Claim, note: string | undefined, flags: readonly { title: string; reasons: string[] }[], cut: boolean): string {
  const lines = [`Step ${step} of ${count}: ${claim.label}`];
  if (note) lines.push('', `Your note: ${note}`);
  if (claim.text?.trim()) lines.push('', `Text: ${claim.text.trim()}`);
  for (const { title, reasons } of flags) lines.push('', `${title} — why:`, ...reasons.map((reason) => `• ${reason}`));
  for (const ref of claim.sources) lines.push('', `${ref.quote.trim() ? `“${ref.quote.trim()}” ` : ''}— ${ref.citation}${ref.locator ? `, ${ref.locator}` : ''}`);
  if (cut) lines.push('', 'Some words were cut to fit the slide; they are here in full.');
  return lines.join('\n');
}
