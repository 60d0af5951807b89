// Tests for the worker client's adoption of a worker started before the page's script (index.html's layout worker).
import { describe, expect, it } from 'vitest';
import { type WorkerReply, workerClient } from './workerClient.ts';

/** Records what it is sent; the test answers through onmessage as a worker would. */
function fakeWorker() {
  const posted: { id: number; ask: string }[] = [];
  const worker = {
    posted,
    onmessage: null as ((event: { data: WorkerReply & { value?: string } }) => void) | null,
    onerror: null as unknown,
    postMessage: (message: { id: number; ask: string }) => posted.push(message),
    terminate: () => undefined,
  };
  return worker;
}

function clientOver(adopted: ReturnType<typeof fakeWorker> | null, started: ReturnType<typeof fakeWorker>) {
  let starts = 0;
  const run = workerClient<{ ask: string }, WorkerReply & { value?: string }, string | undefined, null>({
    start: () => {
      starts++;
      return started as unknown as Worker;
    },
    adopt: () => adopted as unknown as Worker | null,
    name: 'test worker',
    progress: () => null,
    result: (reply) => reply.value,
  });
  return { run, starts: () => starts };
}

describe('workerClient', () => {
  it('uses an adopted worker instead of starting one, numbering its requests from 1 (0 is the early request)', async () => {
    const adopted = fakeWorker();
    const fresh = fakeWorker();
    const { run, starts } = clientOver(adopted, fresh);
    const answer = run({ ask: 'layout' }, () => undefined);
    expect(adopted.posted).toEqual([{ ask: 'layout', id: 1 }]);
    adopted.onmessage?.({ data: { id: 0, type: 'done', value: 'the early answer, not ours' } });
    adopted.onmessage?.({ data: { id: 1, type: 'done', value: 'laid out' } });
    expect(await answer).toBe('laid out');
    expect(starts()).toBe(0);
    expect(fresh.posted).toEqual([]);
  });

  it('starts its own worker when there is none to adopt', () => {
    const fresh = fakeWorker();
    const { run, starts } = clientOver(null, fresh);
    void run({ ask: 'parse' }, () => undefined);
    expect(starts()).toBe(1);
    expect(fresh.posted).toEqual([{ ask: 'parse', id: 1 }]);
  });
});
