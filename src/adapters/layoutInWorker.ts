// Lays a map out, or reads a big map file, in the layout worker (started on first use and kept), reporting layout steps as they happen.
import type { LayoutStep } from '../layout/layoutMap.ts';
import type { MapLayout } from '../layout/types.ts';
import type { ParseResult } from '../model/parseMap.ts';
import type { ArgumentMap, Direction } from '../model/schema.ts';
import { takeEarlyLayoutWorker } from './earlyMapFetch.ts';
import type { LayoutAnswer, LayoutRequest, LayoutResponse } from './layoutWorkerProtocol.ts';
import { workerClient } from './workerClient.ts';

/** A request without its id (the client numbers them), kept apart per kind. */
type Unnumbered<R> = R extends unknown ? Omit<R, 'id'> : never;

const run = workerClient<Unnumbered<LayoutRequest>, LayoutResponse, LayoutAnswer, LayoutStep>({
  start: () => new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module', name: 'causeway-layout' }),
  adopt: takeEarlyLayoutWorker,
  name: 'layout worker',
  progress: ({ step }) => step,
  result: ({ answer }) => answer,
});

/**
 * The same layout as layoutMap(map, { direction }), computed in the worker. Requests are answered in
 * order; a caller that only wants the latest answer compares the map it asked about with the one shown.
 */
export async function layoutInWorker(map: ArgumentMap, direction: Direction, onProgress: (step: LayoutStep) => void = () => undefined): Promise<MapLayout> {
  const answer = await run({ type: 'layout', map, direction }, onProgress);
  if (answer.type !== 'layout') throw new Error('the layout worker answered a layout request with something else');
  return answer.layout;
}

/**
 * parseMap(text), run in the worker: checking a 1,000-claim file takes longer than a frame should. The
 * map comes back as a structured copy of the one parseMap returned there.
 */
export async function parseInWorker(text: string): Promise<ParseResult> {
  const answer = await run({ type: 'parse', text }, () => undefined);
  if (answer.type !== 'parse') throw new Error('the layout worker answered a parse request with something else');
  return answer.parsed;
}
