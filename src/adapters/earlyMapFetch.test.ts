// Tests for index.html's early script (run with a fake fetch and worker) and the page's hand-over of what it started.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlyMapFetchScript, takeEarlyLayoutWorker, takeEarlyMapRead, takeEarlyMapResponse } from './earlyMapFetch.ts';

type Listener = (event: { data: unknown }) => void;

/** Stands in for the layout worker: records what it is sent; the test answers, or fails it. */
class FakeWorker {
  static started: FakeWorker[] = [];
  posted: unknown[] = [];
  terminated = false;
  private listeners: Record<string, Listener[]> = {};
  constructor(
    readonly url: string,
    readonly options: unknown,
  ) {
    FakeWorker.started.push(this);
  }
  addEventListener(type: string, listener: Listener) {
    (this.listeners[type] ??= []).push(listener);
  }
  removeEventListener(type: string, listener: Listener) {
    this.listeners[type] = (this.listeners[type] ?? []).filter((l) => l !== listener);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  emit(type: string, data?: unknown) {
    for (const listener of this.listeners[type] ?? []) listener({ data });
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs the script as index.html would, at `search`, with the API answering `response`. */
function runScript(workerUrl: string | null, search: string, response: () => Response): { fetched: string[] } {
  const fetched: string[] = [];
  FakeWorker.started = [];
  const page = { location: { search } } as Record<string, unknown>;
  vi.stubGlobal('window', page);
  const fetch = (url: string) => {
    fetched.push(url);
    return Promise.resolve(response());
  };
  new Function('window', 'location', 'fetch', 'Worker', earlyMapFetchScript(workerUrl, 150))(page, page.location, fetch, FakeWorker);
  return { fetched };
}

const apiFile = (content: string) => () => new Response(JSON.stringify({ name: 'seed', version: '"v1"', content }), { status: 200 });
const answer = { id: 0, type: 'done', answer: { type: 'read', parsed: { ok: false, problems: [] }, opening: null } };

afterEach(() => vi.unstubAllGlobals());

describe('the early map script', () => {
  it('asks the site whether it has the API, then the API for the map in the address, or the default one, and hands the response out once', async () => {
    const routed = runScript(null, '?map=cuban-missiles', apiFile('{}'));
    await flush();
    expect(routed.fetched).toEqual(['/causeway-host.json', '/api/maps/cuban-missiles']);
    expect(takeEarlyMapResponse('another')).toBeNull();
    const unrouted = runScript(null, '', apiFile('{}'));
    await flush();
    expect(unrouted.fetched).toEqual(['/causeway-host.json', '/api/maps/korean-war-escalation']);
    expect(await takeEarlyMapResponse('korean-war-escalation')).toBeInstanceOf(Response);
    expect(takeEarlyMapResponse('korean-war-escalation')).toBeNull();
  });

  it('never asks a plain web host for /api/… once its probe file says it has no maps API', async () => {
    const plainHost = runScript(null, '?map=seed', () => new Response(JSON.stringify({ mapsApi: false }), { status: 200 }));
    await flush();
    expect(plainHost.fetched).toEqual(['/causeway-host.json']);
    expect(await takeEarlyMapResponse('seed')).toBeNull();
  });

  it('starts no worker where it is not told the worker file (the dev server)', () => {
    runScript(null, '?map=seed', apiFile('{}'));
    expect(FakeWorker.started).toEqual([]);
    expect(takeEarlyMapRead('seed')).toBeNull();
    expect(takeEarlyLayoutWorker()).toBeNull();
  });

  it('has the worker read the file it got, and hands out its answer with the text it read', async () => {
    runScript('/assets/layoutWorker-x.js', '?map=seed', apiFile('{"nodes":[]}'));
    const [worker] = FakeWorker.started;
    expect(worker?.url).toBe('/assets/layoutWorker-x.js');
    await flush();
    expect(worker?.posted).toEqual([{ id: 0, type: 'read', text: '{"nodes":[]}', layoutUpTo: 150 }]);
    worker?.emit('message', { id: 0, type: 'progress', step: { name: 'done', share: 1 } });
    worker?.emit('message', answer);
    expect(await takeEarlyMapRead('seed')).toEqual({ text: '{"nodes":[]}', answer });
    expect(takeEarlyMapRead('seed')).toBeNull();
    // The page's own request still gets the whole response (the worker read a copy).
    expect(await (await takeEarlyMapResponse('seed'))?.json()).toEqual({ name: 'seed', version: '"v1"', content: '{"nodes":[]}' });
    expect(takeEarlyLayoutWorker()).toBe(worker);
    expect(takeEarlyLayoutWorker()).toBeNull();
  });

  it('hands the read out only for the map it read (the address may have changed since)', () => {
    runScript('/assets/layoutWorker-x.js', '?map=seed', apiFile('{}'));
    expect(takeEarlyMapRead('other')).toBeNull();
    expect(takeEarlyMapRead('seed')).toBeNull();
  });

  it('reads nothing when the API has no such map (the page reports it) and keeps the worker for later', async () => {
    runScript('/assets/layoutWorker-x.js', '?map=missing', () => new Response('{"error":"no map"}', { status: 404 }));
    expect(await takeEarlyMapRead('missing')).toBeNull();
    expect(FakeWorker.started[0]?.posted).toEqual([]);
    expect(takeEarlyLayoutWorker()).toBe(FakeWorker.started[0]);
  });

  it('gives up on a worker that failed: no answer is awaited, and it is stopped instead of reused', async () => {
    runScript('/assets/layoutWorker-x.js', '?map=seed', apiFile('{}'));
    const [worker] = FakeWorker.started;
    const read = takeEarlyMapRead('seed');
    await flush();
    worker?.emit('error');
    expect(await read).toBeNull();
    expect(takeEarlyLayoutWorker()).toBeNull();
    expect(worker?.terminated).toBe(true);
  });
});
