// One in-app export: JSON on the page (it is only the file text), SVG, PNG and PDF in the worker.
import type { MapLayout } from '../../layout/types.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { serializeMap } from '../../model/serializeMap.ts';
import { type ExportedFile, type ExportFormat, type ExportOptions, MIME_TYPES } from '../exportTypes.ts';
import { type FallbackScript, neededFallbackFonts } from '../fallbackFonts.ts';
import { selectedPart } from '../selectedPart.ts';
import { type ExportProgress, exportInWorker } from './exportInWorker.ts';
import type { BrowserExportAssets } from './wasmExportBackend.ts';

export interface BrowserExportRequest {
  map: ArgumentMap;
  layout: MapLayout;
  format: ExportFormat;
  options: ExportOptions & { selection?: readonly string[] };
}

export async function exportInBrowser(
  request: BrowserExportRequest,
  loadAssets: (withRasterizer: boolean, scripts: readonly FallbackScript[]) => Promise<BrowserExportAssets>,
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportedFile> {
  const { map, layout, format, options } = request;
  const selection = options.selection ? [...options.selection] : undefined;
  if (format === 'json') {
    // The same bytes exportMap gives; kept here so the page never loads the drawing code for a JSON download.
    return { format, mimeType: MIME_TYPES.json, bytes: new TextEncoder().encode(serializeMap(selectedPart(map, selection))) };
  }
  onProgress({ step: format === 'svg' ? 'Preparing' : 'Loading the renderer and fonts', done: 0, total: 2 });
  // Every string of the map is scanned (a superset of what is drawn), so the fallback fonts are fetched before the worker needs them.
  const assets = format === 'svg' ? {} : await loadAssets(format === 'png', neededFallbackFonts(JSON.stringify(map)));
  const file = await exportInWorker({ map, layout, format, options: { ...options, selection }, assets }, onProgress);
  onProgress({ step: 'Done', done: 2, total: 2 });
  return file;
}
