// One presentation step as a 16:9 slide SVG: the map as revealed so far (drawn by the one renderer) beside the step's words, note and citation.
import { measureText } from '../../layout/measureText.ts';
import type { MapLayout } from '../../layout/types.ts';
import { wrapLabel } from '../../layout/wrapLabel.ts';
import { type Evaluation, evaluateMap } from '../../model/evaluateMap.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { type StagedStep, stagedStep } from '../../model/stagedMarks.ts';
import { stepReveal } from '../../model/stepReveal.ts';
import { citationText } from '../svg/headerSvg.ts';
import { HIDDEN_MARK } from '../svg/hiddenMarkSvg.ts';
import { renderMapSvgDocument } from '../svg/renderMapSvg.ts';
import { FONT_STACK, baselineIn, textLines } from '../svg/svgText.ts';
import type { Theme } from '../svg/theme.ts';
import { element, escapeXml, num } from '../svg/xml.ts';
import { neutraliseBidi } from '../../model/neutraliseBidi.ts';

export const SLIDE = { width: 1600, height: 900 } as const;
const PAD = 48;
const MAP_AREA = { x: PAD, y: PAD, width: 1000, height: SLIDE.height - 2 * PAD };
const COLUMN = { x: MAP_AREA.x + MAP_AREA.width + 48, width: SLIDE.width - (MAP_AREA.x + MAP_AREA.width + 48) - PAD };
/** Small maps are not blown up past this, so one claim never fills a slide. */
const MAX_MAP_SCALE = 1.6;
const NOTE_COLOR = '#d97706';

interface Font {
  size: number;
  weight: 400 | 600;
  lineHeight: number;
}

const FONTS = {
  counter: { size: 18, weight: 600, lineHeight: 24 },
  label: { size: 32, weight: 600, lineHeight: 40 },
  facts: { size: 18, weight: 400, lineHeight: 26 },
  note: { size: 22, weight: 400, lineHeight: 31 },
  quote: { size: 18, weight: 400, lineHeight: 26 },
  cite: { size: 15, weight: 400, lineHeight: 21 },
  footer: { size: 13, weight: 400, lineHeight: 18 },
} satisfies Record<string, Font>;

export interface StepSlide {
  step: number;
  count: number;
  claimId: string;
  svg: string;
  width: number;
  height: number;
}

/** Wrapped to the column, at most `maxLines` lines; a cut text ends in an ellipsis. */
function wrap(text: string, font: Font, width: number, maxLines: number): string[] {
  const measure = (t: string) => measureText(t, font.size, font.weight);
  const lines = wrapLabel(text, width, measure);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last.length > 0 && measure(`${last}…`) > width) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** The words of the column, top to bottom; returns the SVG and where the next block may start. */
function block(lines: readonly string[], font: Font, fill: string, y: number, role: string): { svg: string; bottom: number } {
  if (lines.length === 0) return { svg: '', bottom: y };
  const svg = textLines(lines, COLUMN.x, baselineIn(y, font.lineHeight, font.size), font.lineHeight, { size: font.size, weight: font.weight, fill }, { 'data-part': role });
  return { svg, bottom: y + lines.length * font.lineHeight };
}

/** Once per map, not per slide: the flags of the last step, which every slide's frame makes room for. */
const evaluations = new WeakMap<ArgumentMap, Evaluation>();

function wholeEvaluation(map: ArgumentMap): Evaluation {
  let evaluation = evaluations.get(map);
  if (!evaluation) {
    evaluation = evaluateMap(map);
    evaluations.set(map, evaluation);
  }
  return evaluation;
}

/** The renderer's map, its own <svg> wrapper taken off, scaled into the slide's map area; marks and flags as the step reveals them. */
function mapGroup(map: ArgumentMap, staged: StagedStep, layout: MapLayout, theme: Theme, shown: ReadonlySet<string>, current: string): string {
  const rendered = renderMapSvgDocument(staged.map, layout, theme, {
    title: false,
    legend: false,
    citation: false,
    background: 'transparent',
    reveal: { shown, current, hiddenMarks: staged.hiddenMarks, frame: { evaluation: wholeEvaluation(map) } },
    standing: { evaluation: staged.evaluation },
  });
  const open = rendered.svg.indexOf('>', rendered.svg.indexOf('<svg')) + 1;
  const inner = rendered.svg.slice(open, rendered.svg.lastIndexOf('</svg>'));
  const scale = Math.min(MAP_AREA.width / rendered.width, MAP_AREA.height / rendered.height, MAX_MAP_SCALE);
  const x = MAP_AREA.x + (MAP_AREA.width - rendered.width * scale) / 2;
  const y = MAP_AREA.y + (MAP_AREA.height - rendered.height * scale) / 2;
  return element('g', { 'data-part': 'step-map', transform: `translate(${num(x)} ${num(y)}) scale(${num(scale)})` }, inner);
}

/** `order` is the presentation's step order; `step` is 1-based. */
export function stepSlideSvg(map: ArgumentMap, layout: MapLayout, theme: Theme, order: readonly string[], step: number): StepSlide {
  const reveal = stepReveal(map, order, step);
  // Staged reveal: the slide shows the marks and flags Present shows at this step.
  const staged = stagedStep(map, order, step);
  if (!reveal || !staged) throw new Error('the map has no claims to present');
  const claim = staged.map.nodes.find((c) => c.id === reveal.current);
  if (!claim) throw new Error(`step ${step} names no claim`);
  const note = map.story?.find((entry) => entry.id === claim.id)?.note;
  const source = claim.sources[0];

  const parts: string[] = [];
  let y = PAD;
  const add = (result: { svg: string; bottom: number }, gap: number) => {
    parts.push(result.svg);
    y = result.bottom + gap;
  };
  add(block([`STEP ${reveal.step} / ${order.length}`], FONTS.counter, theme.mutedText, y, 'step-counter'), 14);
  add(block(wrap(claim.label, FONTS.label, COLUMN.width, 6), FONTS.label, theme.text, y, 'step-label'), 12);
  const markHidden = staged.hiddenMarks.has(claim.id);
  const mark = markHidden ? `${HIDDEN_MARK.word} (mark ${HIDDEN_MARK.words})` : theme.statuses[claim.status].word;
  const facts = [theme.kinds[claim.kind].word, mark, claim.date].filter(Boolean).join(' · ');
  add(block([facts], FONTS.facts, markHidden ? HIDDEN_MARK.color : theme.statuses[claim.status].color, y, 'step-facts'), 28);
  if (note) {
    const lines = wrap(note, FONTS.note, COLUMN.width - 20, 7);
    const top = y;
    const noteBlock = textLines(lines, COLUMN.x + 20, baselineIn(y, FONTS.note.lineHeight, FONTS.note.size), FONTS.note.lineHeight, { ...FONTS.note, fill: theme.text }, { 'data-part': 'step-note' });
    parts.push(element('rect', { x: COLUMN.x, y: top, width: 5, height: lines.length * FONTS.note.lineHeight, fill: NOTE_COLOR }), noteBlock);
    y = top + lines.length * FONTS.note.lineHeight + 28;
  }
  if (source) {
    if (source.quote.trim()) add(block(wrap(`“${source.quote.trim()}”`, FONTS.quote, COLUMN.width, 8), FONTS.quote, theme.text, y, 'step-quote'), 6);
    const cite = `— ${source.citation}${source.locator ? `, ${source.locator}` : ''}`;
    add(block(wrap(cite, FONTS.cite, COLUMN.width, 3), FONTS.cite, theme.mutedText, y, 'step-citation'), 0);
  }
  const footerText = [neutraliseBidi(map.meta.title), map.meta.source ? citationText(map.meta.source) : ''].filter(Boolean).join(' — ');
  const footer = wrap(footerText, FONTS.footer, COLUMN.width, 4);
  parts.push(block(footer, FONTS.footer, theme.mutedText, SLIDE.height - PAD - footer.length * FONTS.footer.lineHeight, 'step-footer').svg);

  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE.width}" height="${SLIDE.height}" viewBox="0 0 ${SLIDE.width} ${SLIDE.height}"` +
    ` font-family="${escapeXml(FONT_STACK)}" role="img">` +
    `<title>${escapeXml(`${neutraliseBidi(map.meta.title)} — step ${reveal.step} of ${order.length}: ${claim.label}`)}</title>` +
    element('rect', { width: SLIDE.width, height: SLIDE.height, fill: theme.background, 'data-part': 'background' }) +
    mapGroup(map, staged, layout, theme, reveal.shown, reveal.current) +
    parts.join('') +
    '</svg>\n';
  return { step: reveal.step, count: order.length, claimId: claim.id, svg, width: SLIDE.width, height: SLIDE.height };
}
