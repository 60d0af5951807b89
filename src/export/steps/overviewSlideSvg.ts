// The whole-map slides that open and close the deck: the opening with blank marks (the class has not judged yet), the closing with every mark and flag.
import type { MapLayout } from '../../layout/types.ts';
import { neutraliseBidi } from '../../model/neutraliseBidi.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { placeMapSvg } from '../svg/placeMapSvg.ts';
import { framedBounds, renderMapSvgDocument } from '../svg/renderMapSvg.ts';
import type { Theme } from '../svg/theme.ts';
import { element } from '../svg/xml.ts';
import { fitColumn } from './slideColumn.ts';
import { compactLegend, SLIDE, SLIDE_PAD, slideDocument, slideFooter } from './slideFrame.ts';
import type { StepSlide } from './stepSlideSvg.ts';
import { labelPoints, scaleForLabel, MAX_LABEL_PT } from './slideView.ts';
import { stepMarks } from './stepMarks.ts';

const TITLE_FONT = { size: 30, weight: 600, lineHeight: 38 } as const;
const LINE_FONT = { size: 17, weight: 400, lineHeight: 24 } as const;

export type OverviewKind = 'opening' | 'closing';

export function overviewSlideSvg(source: ArgumentMap, layout: MapLayout, theme: Theme, order: readonly string[], kind: OverviewKind): StepSlide {
  const step = kind === 'opening' ? 0 : order.length + 1;
  const { map, evaluation } = stepMarks(source, order, step);
  const all = new Set(order);
  const width = SLIDE.width - 2 * SLIDE_PAD;
  const line =
    kind === 'opening'
      ? `The whole map: ${order.length} claims in ${order.length} steps. The marks are blank: they come step by step.`
      : 'The whole map, every mark and flag.';
  const header = fitColumn(
    [
      { role: 'overview-title', text: neutraliseBidi(map.meta.title), font: TITLE_FONT, fill: theme.text, gapAfter: 6 },
      { role: 'overview-line', text: line, font: LINE_FONT, fill: theme.mutedText, gapAfter: 0 },
    ],
    SLIDE_PAD,
    SLIDE_PAD,
    width,
    140,
  );
  const footer = slideFooter(map, theme);
  const options = { title: false, legend: false, citation: false, background: 'transparent' as const, ...(kind === 'closing' ? { standing: { evaluation } } : { marks: 'blank' as const }) };
  const frame = framedBounds(map, layout, options);
  const legend = compactLegend(map, layout, theme, all, frame, width, kind === 'closing' ? evaluation : undefined, kind === 'closing' ? 'shown' : 'blank');
  const legendTop = footer.top - 18 - legend.height;
  const area = { x: SLIDE_PAD, y: SLIDE_PAD + header.height + 16, width, height: legendTop - 16 - (SLIDE_PAD + header.height + 16) };
  const scale = Math.min(area.width / Math.max(1, frame.width), area.height / Math.max(1, frame.height), scaleForLabel(MAX_LABEL_PT));
  const rendered = renderMapSvgDocument(map, layout, theme, options);
  const body =
    header.svg +
    placeMapSvg(rendered, area, scale, `${kind}-map`, 'overview-map') +
    element('g', { 'data-part': 'legend', transform: `translate(${SLIDE_PAD} ${legendTop})` }, legend.svg) +
    footer.svg;
  const notes =
    kind === 'opening'
      ? [`Opening: ${neutraliseBidi(map.meta.title)}`, ...(map.meta.summary ? ['', map.meta.summary] : []), '', `${order.length} steps follow; the closing slide shows every mark.`].join('\n')
      : 'Closing: the whole map with every mark and the flags they imply. Ask which step changed the picture most.';
  return { step, count: order.length, svg: slideDocument(`${neutraliseBidi(map.meta.title)} — ${kind === 'opening' ? 'the whole map' : 'the whole map, every mark'}`, theme, body), width: SLIDE.width, height: SLIDE.height, notes, labelPt: labelPoints(scale) };
}
