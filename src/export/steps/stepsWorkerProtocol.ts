// Messages between the page and the step-export worker.
import type { MapLayout } from '../../layout/types';
import type { ArgumentMap } from '../../model/schema';
import type { BrowserExportAssets } from '../browser/wasmExportBackend';
import type { ExportedSteps, StepsFormat } from './exportSteps';

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
