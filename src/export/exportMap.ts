// Exports a laid-out map in one format: SVG from the one renderer, PNG and PDF drawn from that SVG, JSON as the map file.
import type { MapLayout } from '../layout/types.ts';
import { serializeMap } from '../model/serializeMap.ts';
import type { ArgumentMap } from '../model/schema.ts';
import { type ExportBackend, type ExportedFile, type ExportFormat, type ExportOptions, MAX_PNG_PIXELS, MIME_TYPES } from './exportTypes.ts';
import { neededFallbackFonts } from './fallbackFonts.ts';
import { zipSync } from 'fflate';
import { handoutMap } from './page/handoutMap.ts';
import { pagedMapSvgs } from './page/pagedMapSvgs.ts';
import { selectedPart } from './selectedPart.ts';
import { renderMapSvgDocument } from './svg/renderMapSvg.ts';
import { lightTheme } from './svg/theme.ts';
import { neutraliseBidi } from '../model/neutraliseBidi.ts';

/** The asked scale, or the largest (in hundredths) that keeps the PNG under MAX_PNG_PIXELS. */
export function pngScale(width: number, height: number, asked: number): number {
  if (width * height * asked * asked <= MAX_PNG_PIXELS) return asked;
  return Math.max(0.01, Math.floor(Math.sqrt(MAX_PNG_PIXELS / (width * height)) * 100) / 100);
}

export async function exportMap(
  source: ArgumentMap,
  layout: MapLayout,
  format: ExportFormat,
  asked: ExportOptions,
  backend: ExportBackend,
): Promise<ExportedFile> {
  const mimeType = MIME_TYPES[format];
  if (format === 'json') {
    return { format, mimeType, bytes: new TextEncoder().encode(serializeMap(selectedPart(source, asked.selection))) };
  }
  const { map, options } = asked.handout ? handoutMap(source, asked.handout, asked) : { map: source, options: asked };
  if (options.page && options.page !== 'fit' && format !== 'svg') return exportOnPaper(map, layout, format, options, backend);
  const rendered = renderMapSvgDocument(map, layout, lightTheme, options);
  if (format === 'svg') {
    return { format, mimeType, bytes: new TextEncoder().encode(rendered.svg), width: rendered.width, height: rendered.height };
  }
  if (format === 'png') {
    const asked = options.scale ?? 1;
    const scale = pngScale(rendered.width, rendered.height, asked);
    const png = await backend.renderPng(rendered.svg, scale);
    const note = scale < asked ? `drawn at ${scale}× instead of ${asked}× to stay under ${MAX_PNG_PIXELS / 1e6} megapixels` : undefined;
    return { format, mimeType, ...png, note };
  }
  // pdfkit is large: loaded only when a PDF is asked for.
  const [{ svgToPdf }, fonts, fallbacks] = await Promise.all([import('./pdf/svgToPdf.ts'), backend.interFonts(), backend.fallbackFonts(neededFallbackFonts(rendered.svg))]);
  const bytes = await svgToPdf(rendered.svg, rendered.width, rendered.height, { ...fonts, fallbacks }, neutraliseBidi(map.meta.title));
  return { format, mimeType, bytes, width: rendered.width, height: rendered.height };
}

/** A PDF with a page per sheet, or a PNG per sheet (one PNG, or a zip of them when the map is split). */
async function exportOnPaper(map: ArgumentMap, layout: MapLayout, format: 'png' | 'pdf', options: ExportOptions, backend: ExportBackend): Promise<ExportedFile> {
  const size = options.page === 'fit' || !options.page ? 'a4' : options.page;
  const paper = pagedMapSvgs(map, layout, lightTheme, options, { size, orientation: options.orientation ?? 'auto' });
  const first = paper.pages[0] as { svg: string; width: number; height: number };
  const pages = paper.pages.length;
  const note = pages > 1 ? `split over ${pages} pages (${paper.rows}×${paper.cols}) to keep labels at ${paper.labelPt.toFixed(1)} pt` : undefined;
  if (format === 'pdf') {
    const svgs = paper.pages.map((p) => p.svg).join('');
    const [{ svgPagesToPdf }, fonts, fallbacks] = await Promise.all([import('./pdf/svgToPdf.ts'), backend.interFonts(), backend.fallbackFonts(neededFallbackFonts(svgs))]);
    const bytes = await svgPagesToPdf(paper.pages, { ...fonts, fallbacks }, neutraliseBidi(map.meta.title));
    return { format, mimeType: MIME_TYPES.pdf, bytes, width: Math.round(first.width), height: Math.round(first.height), pages, note };
  }
  const scale = options.scale ?? 1;
  const pngs = [];
  for (const page of paper.pages) pngs.push(await backend.renderPng(page.svg, pngScale(page.width, page.height, scale)));
  const png = pngs[0] as { bytes: Uint8Array; width: number; height: number };
  if (pages === 1) return { format, mimeType: MIME_TYPES.png, ...png, pages, note };
  const files: Record<string, Uint8Array> = {};
  pngs.forEach((p, i) => {
    files[`page-${Math.floor(i / paper.cols) + 1}-${(i % paper.cols) + 1}.png`] = p.bytes;
  });
  // PNGs are compressed already; storing them keeps the zip quick to make.
  const bytes = zipSync(files, { level: 0, mtime: new Date('2000-01-01T00:00:00Z') });
  return { format, mimeType: 'application/zip', bytes, width: png.width, height: png.height, pages, note, extension: 'zip' };
}
