// The maps API under big folders: a cold and a warm GET /api/maps over N maps of ~4.8 MB each, five lists at once, and one map fetched during a cold list.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateMap } from '../../layout/generateMap.ts';
import { serializeMap } from '../../model/serializeMap.ts';
import { startMapsApiServer } from '../../server/mapsApiServer.ts';

export interface ServerBenchResult {
  maps: number;
  mbPerMap: number;
  coldListMs: number;
  warmListMs: number;
  fiveColdListsMs: number;
  /** One GET /api/maps/NAME sent just after a cold list started, and how long that list took. */
  singleDuringColdListMs: number;
  coldListBesideSingleMs: number;
}

/** A generated map (5,000 claims at 4.8 MB) whose claims carry enough text to make the file about `bytes` long. */
function bigMapText(bytes: number, title: string): string {
  const map = generateMap({ size: Math.min(5000, Math.max(20, Math.floor(bytes / 1000))), seed: 7 });
  const bare = serializeMap({ ...map, meta: { ...map.meta, title } });
  const perClaim = Math.max(0, Math.floor((bytes - bare.length) / map.nodes.length) - 12);
  const filler = 'The blockade tightened while the talks stalled. '.repeat(Math.ceil(perClaim / 48)).slice(0, perClaim);
  return serializeMap({ ...map, meta: { ...map.meta, title }, nodes: map.nodes.map((claim) => ({ ...claim, text: filler })) });
}

/** The whole answer read, as the page would. */
async function get(url: string): Promise<string> {
  return (await fetch(url)).text();
}

async function timedMs(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return Math.round(performance.now() - started);
}

/** Each cold measurement gets a fresh server, so nothing is cached from the one before. */
async function withServer<T>(dir: string, use: (url: string) => Promise<T>): Promise<T> {
  const server = await startMapsApiServer({ dir });
  try {
    return await use(server.url);
  } finally {
    await server.close();
  }
}

export async function runServerBench(count: number, bytesPerMap: number, log: (line: string) => void): Promise<ServerBenchResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'causeway-bench-maps-'));
  try {
    log(`server: writing ${count} maps of ~${(bytesPerMap / 1024 / 1024).toFixed(1)} MB`);
    const text = bigMapText(bytesPerMap, 'Bench map');
    for (let i = 0; i < count; i++) await writeFile(path.join(dir, `bench-${String(i).padStart(2, '0')}.json`), text.replace('"Bench map"', `"Bench map ${i}"`));
    const list = (url: string) => get(`${url}/api/maps`);
    const coldListMs = await withServer(dir, (url) => timedMs(() => list(url)));
    const warmListMs = await withServer(dir, async (url) => {
      await list(url);
      const runs = [];
      for (let i = 0; i < 5; i++) runs.push(await timedMs(() => list(url)));
      return runs.sort((a, b) => a - b)[2] as number;
    });
    const fiveColdListsMs = await withServer(dir, (url) => timedMs(() => Promise.all(Array.from({ length: 5 }, () => list(url)))));
    const [coldListBesideSingleMs, singleDuringColdListMs] = await withServer(dir, (url) => {
      const coldList = timedMs(() => list(url));
      const single = new Promise<number>((resolve) => setTimeout(resolve, 20)).then(() => timedMs(() => get(`${url}/api/maps/bench-00`)));
      return Promise.all([coldList, single]);
    });
    const result = { maps: count, mbPerMap: Number((text.length / 1024 / 1024).toFixed(1)), coldListMs, warmListMs, fiveColdListsMs, singleDuringColdListMs, coldListBesideSingleMs };
    log(`server: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function serverTable(result: ServerBenchResult): string {
  return [
    `maps API over ${result.maps} maps of ${result.mbPerMap} MB:`,
    `  cold list ${result.coldListMs} ms, warm list ${result.warmListMs} ms (median of 5), five cold lists at once ${result.fiveColdListsMs} ms`,
    `  one map fetched while a cold list is built: ${result.singleDuringColdListMs} ms (that list ${result.coldListBesideSingleMs} ms)`,
  ].join('\n');
}
