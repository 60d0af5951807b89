// The step-export worker: draws every slide and writes the PDF or the PNG zip off the page's thread.
import { wasmExportBackend } from '../browser/wasmExportBackend.ts';
import { exportSteps } from './exportSteps.ts';
import type { StepsRequest, StepsResponse } from './stepsWorkerProtocol.ts';

const scope = self as unknown as { postMessage(message: StepsResponse, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<StepsRequest>) => void) | null };

scope.onmessage = async ({ data: request }) => {
  const { id, map, layout, name, format, assets } = request;
  try {
    const file = await exportSteps(map, layout, name, format, wasmExportBackend(assets), {
      onSlide: (done, total) => scope.postMessage({ id, type: 'progress', done, total }),
    });
    scope.postMessage({ id, type: 'done', file }, [file.bytes.buffer as ArrayBuffer]);
  } catch (error) {
    scope.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
