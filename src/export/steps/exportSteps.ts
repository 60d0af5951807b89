// Exports a presentation as files: one 16:9 PDF with a page per step, or a PNG per step in a zip — slides from the one renderer.
import { zipSync } from 'fflate';
import type { MapLayout } from '../../layout/types.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { stepOrder } from '../../model/stepOrder.ts';
import { fileStem } from '../exportFileName.ts';
import type { ExportBackend } from '../exportTypes.ts';
import { neededFallbackFonts } from '../fallbackFonts.ts';
import { lightTheme } from '../svg/theme.ts';
import { overviewSlideSvg } from './overviewSlideSvg.ts';
import { type StepSlide, stepSlideSvg } from './stepSlideSvg.ts';
import { neutraliseBidi } from '../../model/neutraliseBidi.ts';

export const STEPS_FORMATS = ['pdf', 'png'] as const;
export type StepsFormat = (typeof STEPS_FORMATS)[number];

export interface ExportedSteps {
  format: StepsFormat;
  /** The PDF, or the zip of PNGs. */
  bytes: Uint8Array;
  mimeType: string;
  fileName: string;
  steps: number;
  /** Pages or PNGs: the steps, plus the whole-map slides that open and close the deck. */
  slides: number;
}

export interface StepsOptions {
  /** PNG only: pixels per slide pixel (slides are 1600×900). */
  scale?: number;
  /** Called after each slide, for a progress line. */
  onSlide?: (done: number, total: number) => void;
}

/**
 * Every slide of the presentation: the whole map, then each step in the order the app presents (the map's
 * story, else derived from the links), then the whole map with every mark. Empty for a map with no claims.
 */
export function stepSlides(map: ArgumentMap, layout: MapLayout): StepSlide[] {
  const order = stepOrder(map, map.story);
  if (order.length === 0) return [];
  return [
    overviewSlideSvg(map, layout, lightTheme, order, 'opening'),
    ...order.map((_, i) => stepSlideSvg(map, layout, lightTheme, order, i + 1)),
    overviewSlideSvg(map, layout, lightTheme, order, 'closing'),
  ];
}

/** File names sort in deck order: the opening slide is 0, the closing one count + 1. */
function pad(step: number, count: number): string {
  return String(step).padStart(String(count + 1).length, '0');
}

function slideName(slide: StepSlide): string {
  if (slide.step === 0) return `${pad(0, slide.count)}-whole-map`;
  if (slide.step > slide.count) return `${pad(slide.step, slide.count)}-whole-map-marked`;
  return pad(slide.step, slide.count);
}

export async function exportSteps(map: ArgumentMap, layout: MapLayout, name: string, format: StepsFormat, backend: ExportBackend, options: StepsOptions = {}): Promise<ExportedSteps> {
  const slides = stepSlides(map, layout);
  if (slides.length === 0) throw new Error('the map has no claims to present');
  const stem = `${fileStem(name)}-steps`;
  if (format === 'pdf') {
    // pdfkit is large: loaded only when a PDF is asked for.
    const needed = neededFallbackFonts(slides.map((slide) => slide.svg).join(''));
    const [{ svgPagesToPdf }, fonts, fallbacks] = await Promise.all([import('../pdf/svgToPdf.ts'), backend.interFonts(), backend.fallbackFonts(needed)]);
    const bytes = await svgPagesToPdf(slides, { ...fonts, fallbacks }, `${neutraliseBidi(map.meta.title)} — steps`);
    options.onSlide?.(slides.length, slides.length);
    return { format, bytes, mimeType: 'application/pdf', fileName: `${stem}.pdf`, steps: slides.length - 2, slides: slides.length };
  }
  const files: Record<string, Uint8Array> = {};
  for (const [i, slide] of slides.entries()) {
    const png = await backend.renderPng(slide.svg, options.scale ?? 1);
    files[`${stem}-${slideName(slide)}.png`] = png.bytes;
    options.onSlide?.(i + 1, slides.length);
  }
  // PNGs are compressed already; storing them keeps the zip quick to make.
  const bytes = zipSync(files, { level: 0, mtime: new Date('2000-01-01T00:00:00Z') });
  return { format, bytes, mimeType: 'application/zip', fileName: `${stem}.zip`, steps: slides.length - 2, slides: slides.length };
}
