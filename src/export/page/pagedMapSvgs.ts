// The map on real paper: each page has the title, the map scaled into its margins, the legend and the citation; split into overlapping tiles when labels would fall under 8 pt.
import type { MapLayout } from '../../layout/types.ts';
import { neutraliseBidi } from '../../model/neutraliseBidi.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { citationSvg, titleSvg } from '../svg/headerSvg.ts';
import { legendSvg } from '../svg/legendSvg.ts';
import { placeMapSvg } from '../svg/placeMapSvg.ts';
import { framedBounds, type RenderOptions, renderMapSvgDocument } from '../svg/renderMapSvg.ts';
import { standingLegendSection } from '../svg/standingSvg.ts';
import { FONT_STACK, baselineIn, textLine } from '../svg/svgText.ts';
import type { Theme } from '../svg/theme.ts';
import { element, escapeXml, num } from '../svg/xml.ts';
import { labelPoints, PX_TO_PT, scaleForLabel } from '../steps/slideView.ts';
import { type PageChoice, pagePoints } from './pageSize.ts';

/** Labels on paper are never printed smaller than this; a map that would need it is split across pages. */
export const MIN_PAPER_LABEL_PT = 8;
/** A small map is not blown up past this. */
const MAX_PAPER_LABEL_PT = 16;
const MARGIN_PT = 36;
/** How much neighbouring tiles share, so the pages can be trimmed and taped together. */
const OVERLAP_PT = 36;
const GAP = 14;
const MARK = { length: 14, color: '#6b7280' } as const;
const PAGE_LABEL = { size: 11, weight: 600 } as const;

export interface PaperPage {
  svg: string;
  /** CSS pixels (the PDF page is 72/96 of this in points). */
  width: number;
  height: number;
}

export interface PaperLayout {
  pages: PaperPage[];
  rows: number;
  cols: number;
  orientation: 'portrait' | 'landscape';
  /** Size of a claim label on paper, in points. */
  labelPt: number;
  /** What a label would measure were the whole map squeezed onto one page of this orientation. */
  onePageLabelPt: number;
}

interface Plan {
  orientation: 'portrait' | 'landscape';
  width: number;
  height: number;
  area: { x: number; y: number; width: number; height: number };
  scale: number;
  rows: number;
  cols: number;
  fit: number;
}

const pt = (points: number) => points / PX_TO_PT;

function plan(frame: { width: number; height: number }, orientation: 'portrait' | 'landscape', size: Exclude<PageChoice['size'], 'fit'>, top: number, bottom: number): Plan {
  const paper = pagePoints(size, orientation);
  const width = pt(paper.width);
  const height = pt(paper.height);
  const margin = pt(MARGIN_PT);
  const area = { x: margin, y: margin + top, width: width - 2 * margin, height: height - 2 * margin - top - bottom };
  const fit = Math.min(area.width / Math.max(1, frame.width), area.height / Math.max(1, frame.height), scaleForLabel(MAX_PAPER_LABEL_PT));
  if (labelPoints(fit) >= MIN_PAPER_LABEL_PT) return { orientation, width, height, area, scale: fit, rows: 1, cols: 1, fit };
  const scale = scaleForLabel(MIN_PAPER_LABEL_PT);
  const overlap = pt(OVERLAP_PT);
  const count = (extent: number, room: number) => Math.max(1, Math.ceil((extent * scale - overlap) / (room - overlap)));
  return { orientation, width, height, area, scale, rows: count(frame.height, area.height), cols: count(frame.width, area.width), fit };
}

/** Auto: the orientation that needs fewer pages, then the one that prints the map larger. */
function choose(a: Plan, b: Plan): Plan {
  const pages = (p: Plan) => p.rows * p.cols;
  if (pages(a) !== pages(b)) return pages(a) < pages(b) ? a : b;
  return b.scale > a.scale ? b : a;
}

/** L-shaped marks at the map area's corners, and on split pages a dashed line where the neighbouring page's share begins. */
function overlapMarks(p: Plan, row: number, col: number): string {
  const { x, y, width, height } = p.area;
  const overlap = pt(OVERLAP_PT);
  const line = (d: string, dash = '') => element('path', { d, fill: 'none', stroke: MARK.color, 'stroke-width': 0.75, 'stroke-dasharray': dash });
  const l = MARK.length;
  let svg =
    line(`M${num(x - l)} ${num(y)}H${num(x - 3)}M${num(x)} ${num(y - l)}V${num(y - 3)}`) +
    line(`M${num(x + width + 3)} ${num(y)}H${num(x + width + l)}M${num(x + width)} ${num(y - l)}V${num(y - 3)}`) +
    line(`M${num(x - l)} ${num(y + height)}H${num(x - 3)}M${num(x)} ${num(y + height + 3)}V${num(y + height + l)}`) +
    line(`M${num(x + width + 3)} ${num(y + height)}H${num(x + width + l)}M${num(x + width)} ${num(y + height + 3)}V${num(y + height + l)}`);
  if (col > 0) svg += line(`M${num(x + overlap)} ${num(y)}V${num(y + height)}`, '4 4');
  if (col < p.cols - 1) svg += line(`M${num(x + width - overlap)} ${num(y)}V${num(y + height)}`, '4 4');
  if (row > 0) svg += line(`M${num(x)} ${num(y + overlap)}H${num(x + width)}`, '4 4');
  if (row < p.rows - 1) svg += line(`M${num(x)} ${num(y + height - overlap)}H${num(x + width)}`, '4 4');
  return element('g', { 'data-part': 'overlap-marks' }, svg);
}

/**
 * The pages of a map on paper. `options` are the renderer's (standing, marks, which blocks to include);
 * the page draws the title, legend and citation itself, so every tile of a split map carries them.
 */
export function pagedMapSvgs(map: ArgumentMap, layout: MapLayout, theme: Theme, options: RenderOptions, page: PageChoice & { size: Exclude<PageChoice['size'], 'fit'> }): PaperLayout {
  const mapOptions: RenderOptions = { ...options, title: false, legend: false, citation: false, background: 'transparent' };
  const frame = framedBounds(map, layout, mapOptions);
  const paperWidth = (orientation: 'portrait' | 'landscape') => pt(pagePoints(page.size, orientation).width) - 2 * pt(MARGIN_PT);
  const blocks = (orientation: 'portrait' | 'landscape') => {
    const width = paperWidth(orientation);
    const title = options.title === false ? undefined : titleSvg(map.meta.title, width - 160, theme);
    const legend = options.legend === false ? undefined : legendSvg(theme, width, options.standing ? [standingLegendSection(theme, false)] : [], { marks: options.marks });
    const citation = options.citation === false || !map.meta.source ? undefined : citationSvg(map.meta.source, width, theme);
    const top = (title ? title.height : PAGE_LABEL.size + 4) + GAP;
    const bottom = (legend ? legend.height + GAP : 0) + (citation ? citation.height + GAP : 0);
    return { title, legend, citation, top, bottom };
  };
  const candidates = (page.orientation === 'auto' ? (['landscape', 'portrait'] as const) : [page.orientation]).map((orientation) => {
    const b = blocks(orientation);
    return { plan: plan(frame, orientation, page.size, b.top, b.bottom), blocks: b };
  });
  const chosen = candidates.reduce((a, b) => (choose(a.plan, b.plan) === a.plan ? a : b));
  const p = chosen.plan;
  const { title, legend, citation } = chosen.blocks;
  const overlap = pt(OVERLAP_PT);
  const tile = { width: p.area.width / p.scale, height: p.area.height / p.scale };
  const stride = { x: (p.area.width - overlap) / p.scale, y: (p.area.height - overlap) / p.scale };
  // The tiles together are centred on the map, so the margins left over are shared.
  const spanX = p.cols === 1 ? frame.width : (p.cols - 1) * stride.x + tile.width;
  const spanY = p.rows === 1 ? frame.height : (p.rows - 1) * stride.y + tile.height;
  const origin = { x: frame.x + (frame.width - spanX) / 2, y: frame.y + (frame.height - spanY) / 2 };
  const split = p.rows * p.cols > 1;

  const pages: PaperPage[] = [];
  for (let row = 0; row < p.rows; row++) {
    for (let col = 0; col < p.cols; col++) {
      const tileFrame = split ? { x: origin.x + col * stride.x, y: origin.y + row * stride.y, width: tile.width, height: tile.height } : frame;
      const rendered = renderMapSvgDocument(map, layout, theme, { ...mapOptions, frame: tileFrame });
      const margin = pt(MARGIN_PT);
      const parts: string[] = [];
      if (title) parts.push(element('g', { 'data-part': 'title', transform: `translate(${num(margin)} ${num(margin)})` }, title.svg));
      if (split) {
        const words = `Page ${row + 1},${col + 1} of ${p.rows}×${p.cols} (row, column)`;
        parts.push(textLine(words, p.width - margin, baselineIn(margin, 20, PAGE_LABEL.size), { ...PAGE_LABEL, fill: theme.mutedText, anchor: 'end' }, { 'data-part': 'page-label' }));
        parts.push(overlapMarks(p, row, col));
      }
      parts.push(placeMapSvg(rendered, p.area, p.scale, `page-${row + 1}-${col + 1}-map`, 'page-map'));
      let y = p.area.y + p.area.height + GAP;
      if (legend) {
        parts.push(element('g', { 'data-part': 'legend', transform: `translate(${num(margin)} ${num(y)})` }, legend.svg));
        y += legend.height + GAP;
      }
      if (citation) parts.push(element('g', { 'data-part': 'citation', transform: `translate(${num(margin)} ${num(y)})` }, citation.svg));
      const background = options.background === 'transparent' ? '' : element('rect', { width: num(p.width), height: num(p.height), fill: theme.background, 'data-part': 'background' });
      const svg =
        `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${num(p.width)}" height="${num(p.height)}" viewBox="0 0 ${num(p.width)} ${num(p.height)}"` +
        ` font-family="${escapeXml(FONT_STACK)}" role="img">` +
        `<title>${escapeXml(split ? `${neutraliseBidi(map.meta.title)} — page ${row + 1},${col + 1} of ${p.rows}×${p.cols}` : neutraliseBidi(map.meta.title))}</title>` +
        background +
        parts.join('') +
        '</svg>\n';
      pages.push({ svg, width: p.width, height: p.height });
    }
  }
  return { pages, rows: p.rows, cols: p.cols, orientation: p.orientation, labelPt: labelPoints(p.scale), onePageLabelPt: labelPoints(p.fit) };
}
