// Runs one export in the export worker (started on first use and kept), reporting its steps as they happen.
import { workerClient } from '../../adapters/workerClient.ts';
import type { ExportedFile } from '../exportTypes.ts';
import type { ExportRequest, ExportResponse } from './exportWorkerProtocol.ts';

export type ExportProgress = { step: string; done: number; total: number };

export const exportInWorker = workerClient<Omit<ExportRequest, 'id'>, ExportResponse, ExportedFile, ExportProgress>({
  start: () => new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module', name: 'causeway-export' }),
  name: 'export worker',
  progress: ({ step, done, total }) => ({ step, done, total }),
  result: ({ file }) => file,
});
