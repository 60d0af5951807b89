// Runs a step export in its worker (started on first use and kept), reporting slides as they are done.
import type { ExportedSteps } from './exportSteps';
import type { StepsRequest, StepsResponse } from './stepsWorkerProtocol';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (file: ExportedSteps) => void; reject: (error: Error) => void; onProgress: (done: number, total: number) => void }>();

function theWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./stepsWorker.ts', import.meta.url), { type: 'module', name: 'causeway-steps' });
  started.onmessage = ({ data }: MessageEvent<StepsResponse>) => {
    const job = pending.get(data.id);
    if (!job) return;
    if (data.type === 'progress') return job.onProgress(data.done, data.total);
    pending.delete(data.id);
    if (data.type === 'done') job.resolve(data.file);
    else job.reject(new Error(data.message));
  };
  started.onerror = (event) => {
    const error = new Error(event.message || 'the step export worker stopped');
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    started.terminate();
    worker = undefined;
  };
  worker = started;
  return started;
}

export function exportStepsInWorker(request: Omit<StepsRequest, 'id'>, onProgress: (done: number, total: number) => void): Promise<ExportedSteps> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    theWorker().postMessage({ ...request, id } satisfies StepsRequest);
  });
}
