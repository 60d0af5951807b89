// Exports a laid-out map in one format: SVG from the one renderer, PNG and PDF drawn from that SVG, JSON as the map file.
import type { MapLayout } from '../layout/types';
import { serializeMap } from '../model/serializeMap';
import type { ArgumentMap } from '../model/schema';
import { type ExportBackend, type ExportedFile, type ExportFormat, type ExportOptions, MIME_TYPES } from './exportTypes';
import { selectedPart } from './selectedPart';
import { renderMapSvgDocument } from './svg/renderMapSvg';
import { lightTheme } from './svg/theme';

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
    const png = await backend.renderPng(rendered.svg, options.scale ?? 1);
    return { format, mimeType, ...png };
  }
  // pdfkit is large: loaded only when a PDF is asked for.
  const [{ svgToPdf }, fonts] = await Promise.all([import('./pdf/svgToPdf'), backend.interFonts()]);
  const bytes = await svgToPdf(rendered.svg, rendered.width, rendered.height, fonts, map.meta.title);
  return { format, mimeType, bytes, width: rendered.width, height: rendered.height };
}
