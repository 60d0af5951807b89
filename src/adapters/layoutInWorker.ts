// Lays a map out in the layout worker (started on first use and kept), reporting its steps as they happen.
import type { LayoutStep } from '../layout/layoutMap.ts';
import type { MapLayout } from '../layout/types.ts';
import type { ArgumentMap, Direction } from '../model/schema.ts';
import type { LayoutRequest, LayoutResponse } from './layoutWorkerProtocol.ts';
import { workerClient } from './workerClient.ts';

const run = workerClient<Omit<LayoutRequest, 'id'>, LayoutResponse, MapLayout, LayoutStep>({
  start: () => new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module', name: 'causeway-layout' }),
  name: 'layout worker',
  progress: ({ step }) => step,
  result: ({ layout }) => layout,
});

/**
 * The same layout as layoutMap(map, { direction }), computed in the worker. Requests are answered in
 * order; a caller that only wants the latest answer compares the map it asked about with the one shown.
 */
export function layoutInWorker(map: ArgumentMap, direction: Direction, onProgress: (step: LayoutStep) => void = () => undefined): Promise<MapLayout> {
  return run({ map, direction }, onProgress);
}
