// Exports a presentation as files: one 16:9 PDF with a page per step, or a PNG per step in a zip — slides from the one renderer.
import { zipSync } from 'fflate';
import type { MapLayout } from '../../layout/types.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { stepOrder } from '../../model/stepOrder.ts';
import { fileStem } from '../exportFileName.ts';
import type { ExportBackend } from '../exportTypes.ts';
import { neededFallbackFonts } from '../fallbackFonts.ts';
import { lightTheme } from '../svg/theme.ts';
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
}

export interface StepsOptions {
  /** PNG only: pixels per slide pixel (slides are 1600×900). */
  scale?: number;
  /** Called after each slide, for a progress line. */
  onSlide?: (done: number, total: number) => void;
}

/** Every slide of the presentation, in the step order the app presents (the map's story, else derived from the links). */
export function stepSlides(map: ArgumentMap, layout: MapLayout): StepSlide[] {
  const order = stepOrder(map, map.story);
  return order.map((_, i) => stepSlideSvg(map, layout, lightTheme, order, i + 1));
}

function pad(step: number, count: number): string {
  return String(step).padStart(String(count).length, '0');
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
    return { format, bytes, mimeType: 'application/pdf', fileName: `${stem}.pdf`, steps: slides.length };
  }
  const files: Record<string, Uint8Array> = {};
  for (const slide of slides) {
    const png = await backend.renderPng(slide.svg, options.scale ?? 1);
    files[`${stem}-${pad(slide.step, slide.count)}.png`] = png.bytes;
    options.onSlide?.(slide.step, slide.count);
  }
  // PNGs are compressed already; storing them keeps the zip quick to make.
  const bytes = zipSync(files, { level: 0, mtime: new Date('2000-01-01T00:00:00Z') });
  return { format, bytes, mimeType: 'application/zip', fileName: `${stem}.zip`, steps: slides.length };
}
