// The layout worker: runs dagre off the page's thread, so laying out a 1,000-claim map never freezes the page.
import { layoutMap } from '../layout/layoutMap.ts';
import type { LayoutRequest, LayoutResponse } from './layoutWorkerProtocol.ts';

const scope = self as unknown as { postMessage(message: LayoutResponse): void; onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null };

scope.onmessage = ({ data: { id, map, direction } }) => {
  try {
    const layout = layoutMap(map, { direction, onProgress: (step) => scope.postMessage({ id, type: 'progress', step }) });
    scope.postMessage({ id, type: 'done', layout });
  } catch (error) {
    scope.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
