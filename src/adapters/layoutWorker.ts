// The layout worker: runs dagre (and reads big map files) off the page's thread, so a 1,000-claim map never freezes the page.
import { layoutMap } from '../layout/layoutMap.ts';
import { parseMap } from '../model/parseMap.ts';
import type { LayoutAnswer, LayoutRequest, LayoutResponse } from './layoutWorkerProtocol.ts';
import { readMapFile } from './readMapFile.ts';

const scope = self as unknown as { postMessage(message: LayoutResponse): void; onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null };

function answer(request: LayoutRequest): LayoutAnswer {
  if (request.type === 'parse') return { type: 'parse', parsed: parseMap(request.text) };
  if (request.type === 'read') return readMapFile(request.text, request.layoutUpTo);
  const { id, map, direction } = request;
  return { type: 'layout', layout: layoutMap(map, { direction, onProgress: (step) => scope.postMessage({ id, type: 'progress', step }) }) };
}

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, type: 'done', answer: answer(data) });
  } catch (error) {
    scope.postMessage({ id: data.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
