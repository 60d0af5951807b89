// Runs one export in the export worker (started on first use and kept), reporting its steps as they happen.
import type { ExportedFile } from '../exportTypes';
import type { ExportRequest, ExportResponse } from './exportWorkerProtocol';

export type ExportProgress = { step: string; done: number; total: number };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (file: ExportedFile) => void; reject: (error: Error) => void; onProgress: (p: ExportProgress) => void }>();

function theWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module', name: 'causeway-export' });
  started.onmessage = ({ data }: MessageEvent<ExportResponse>) => {
    const job = pending.get(data.id);
    if (!job) return;
    if (data.type === 'progress') return job.onProgress({ step: data.step, done: data.done, total: data.total });
    pending.delete(data.id);
    if (data.type === 'done') job.resolve(data.file);
    else job.reject(new Error(data.message));
  };
  started.onerror = (event) => {
    const error = new Error(event.message || 'the export worker stopped');
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    started.terminate();
    worker = undefined;
  };
  worker = started;
  return started;
}

export function exportInWorker(request: Omit<ExportRequest, 'id'>, onProgress: (p: ExportProgress) => void): Promise<ExportedFile> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    theWorker().postMessage({ ...request, id } satisfies ExportRequest);
  });
}
