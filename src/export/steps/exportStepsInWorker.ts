// Runs a step export in its worker (started on first use and kept), reporting slides as they are done.
import { workerClient } from '../../adapters/workerClient.ts';
import type { ExportedSteps } from './exportSteps.ts';
import type { StepsRequest, StepsResponse } from './stepsWorkerProtocol.ts';

const run = workerClient<Omit<StepsRequest, 'id'>, StepsResponse, ExportedSteps, { done: number; total: number }>({
  start: () => new Worker(new URL('./stepsWorker.ts', import.meta.url), { type: 'module', name: 'causeway-steps' }),
  name: 'step export worker',
  progress: ({ done, total }) => ({ done, total }),
  result: ({ file }) => file,
});

export function exportStepsInWorker(request: Omit<StepsRequest, 'id'>, onProgress: (done: number, total: number) => void): Promise<ExportedSteps> {
  return run(request, ({ done, total }) => onProgress(done, total));
}
