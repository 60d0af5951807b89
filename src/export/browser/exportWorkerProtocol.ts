// Messages between the page and the export worker.
import type { MapLayout } from '../../layout/types.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import type { ExportedFile, ExportFormat, ExportOptions } from '../exportTypes.ts';
import type { BrowserExportAssets } from './wasmExportBackend.ts';

/** Options that survive structured cloning: the selection as a plain list. */
export type WorkerExportOptions = Omit<ExportOptions, 'selection'> & { selection?: string[] };

export interface ExportRequest {
  id: number;
  map: ArgumentMap;
  layout: MapLayout;
  format: Exclude<ExportFormat, 'json'>;
  options: WorkerExportOptions;
  assets: BrowserExportAssets;
}

export type ExportResponse =
  | { id: number; type: 'progress'; step: string; done: number; total: number }
  | { id: number; type: 'done'; file: ExportedFile }
  | { id: number; type: 'error'; message: string };
