// The export worker: draws, rasterizes and writes PDFs off the page's thread, so a big map never freezes the page.
import { exportMap } from '../exportMap.ts';
import type { ExportRequest, ExportResponse } from './exportWorkerProtocol.ts';
import { wasmExportBackend } from './wasmExportBackend.ts';

const scope = self as unknown as { postMessage(message: ExportResponse, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<ExportRequest>) => void) | null };

const STEPS: Record<ExportRequest['format'], string> = { svg: 'Drawing the map', png: 'Drawing the map and painting the pixels', pdf: 'Drawing the map and writing the PDF' };

scope.onmessage = async ({ data: request }) => {
  const { id, map, layout, format, options, assets } = request;
  scope.postMessage({ id, type: 'progress', step: STEPS[format], done: 1, total: 2 });
  try {
    const file = await exportMap(map, layout, format, options, wasmExportBackend(assets));
    scope.postMessage({ id, type: 'done', file }, [file.bytes.buffer as ArrayBuffer]);
  } catch (error) {
    scope.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
