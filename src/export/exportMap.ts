// Exports a laid-out map in one format: SVG from the one renderer, PNG and PDF drawn from that SVG, JSON as the map file.
import type { MapLayout } from '../layout/types.ts';
import { serializeMap } from '../model/serializeMap.ts';
import type { ArgumentMap } from '../model/schema.ts';
import { type ExportBackend, type ExportedFile, type ExportFormat, type ExportOptions, MAX_PNG_PIXELS, MIME_TYPES } from './exportTypes.ts';
import { neededFallbackFonts } from './fallbackFonts.ts';
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
  map: ArgumentMap,
  layout: MapLayout,
  format: ExportFormat,
  options: ExportOptions,
  backend: ExportBackend,
): Promise<ExportedFile> {
  const mimeType = MIME_TYPES[format];
  if (format === 'json') {
    return { format, mimeType, bytes: new TextEncoder().encode(serializeMap(selectedPart(map, options.selection))) };
  }
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
