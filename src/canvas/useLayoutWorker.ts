// Hands the store's pending layout job to the layout worker and reports its steps and answer back to the store.
import { useEffect } from 'react';
import { layoutInWorker } from '../adapters/layoutInWorker.ts';
import { useMapStore, useMapStoreApi } from '../state/useMapStore.ts';
import { inNextTask } from './inNextTask.ts';

/**
 * One worker request per job; the store ignores answers to jobs that a newer one replaced. An answer is applied in
 * a task after the one that received it: reading a 1,000-claim layout out of the message and drawing it are
 * each long enough on their own.
 */
export function useLayoutWorker(): void {
  const store = useMapStoreApi();
  const id = useMapStore((s) => s.layoutJob?.id ?? null);
  useEffect(() => {
    const job = store.getState().layoutJob;
    if (id === null || job?.id !== id) return;
    layoutInWorker(job.map, job.direction, (step) => store.getState().layoutProgress(id, step)).then(
      (layout) => inNextTask(() => store.getState().applyLayout(id, layout)),
      (error: unknown) => store.getState().layoutFailed(id, error instanceof Error ? error.message : String(error)),
    );
  }, [id, store]);
}
