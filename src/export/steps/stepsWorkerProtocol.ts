// Messages between the page and the step-export worker.
import type { MapLayout } from '../../layout/types.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import type { BrowserExportAssets } from '../browser/wasmExportBackend.ts';
import type { ExportedSteps, StepsFormat } from './exportSteps.ts';

export interface StepsRequest {
  id: number;
  map: ArgumentMap;
  layout: MapLayout;
  /** The map's name, for the file name. */
  name: string;
  format: StepsFormat;
  assets: BrowserExportAssets;
}

export type StepsResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; file: ExportedSteps }
  | { id: number; type: 'error'; message: string };
