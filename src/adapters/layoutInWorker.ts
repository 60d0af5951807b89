// Lays a map out in the layout worker (started on first use and kept), reporting its steps as they happen.
import type { LayoutStep } from '../layout/layoutMap';
import type { MapLayout } from '../layout/types';
import type { ArgumentMap, Direction } from '../model/schema';
import type { LayoutRequest, LayoutResponse } from './layoutWorkerProtocol';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (layout: MapLayout) => void; reject: (error: Error) => void; onProgress: (step: LayoutStep) => void }>();

function theWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module', name: 'causeway-layout' });
  started.onmessage = ({ data }: MessageEvent<LayoutResponse>) => {
    const job = pending.get(data.id);
    if (!job) return;
    if (data.type === 'progress') return job.onProgress(data.step);
    pending.delete(data.id);
    if (data.type === 'done') job.resolve(data.layout);
    else job.reject(new Error(data.message));
  };
  started.onerror = (event) => {
    const error = new Error(event.message || 'the layout worker stopped');
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    started.terminate();
    worker = undefined;
  };
  worker = started;
  return started;
}

/**
 * The same layout as layoutMap(map, { direction }), computed in the worker. Requests are answered in
 * order; a caller that only wants the latest answer compares the map it asked about with the one shown.
 */
export function layoutInWorker(map: ArgumentMap, direction: Direction, onProgress: (step: LayoutStep) => void = () => undefined): Promise<MapLayout> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    theWorker().postMessage({ id, map, direction } satisfies LayoutRequest);
  });
}
