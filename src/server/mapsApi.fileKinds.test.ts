import { execFileSync } from 'node:child_process';
import { constants, closeSync, openSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aChain } from '../model/testBuilders.ts';
import { type TempMaps, makeTempMaps, request, sameOrigin, saveHeaders } from './apiTestSupport.ts';
import { type MapsApiServer, startMapsApiServer } from './mapsApiServer.ts';

let maps: TempMaps;
let api: MapsApiServer;
/** Far longer than any answer takes; only a server that stopped answering runs into it. */
const HUNG = 10_000;

beforeEach(async () => {
  maps = await makeTempMaps();
  api = await startMapsApiServer({ dir: maps.dir });
});

afterEach(async () => {
  await api.close();
  await maps.cleanup();
});

/** Opening the FIFO for writing releases any thread still blocked opening it for reading (synchronously: the pool may be full). */
function releaseReaders(fifo: string): void {
  try {
    closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // ENXIO: nobody is blocked reading it.
  }
}

describe('files that are not regular files', () => {
  it.skipIf(process.platform === 'win32')('refuses a FIFO named like a map with 403, and keeps answering while many ask for it', { timeout: 30_000 }, async () => {
    const fifo = path.join(maps.dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    try {
      const asks = Array.from({ length: 8 }, () => request(api.url, { path: '/api/maps/pipe', headers: sameOrigin(api.url), timeoutMs: HUNG }));
      const lists = Array.from({ length: 2 }, () => request(api.url, { path: '/api/maps', headers: sameOrigin(api.url), timeoutMs: HUNG }));
      for (const answer of await Promise.all(asks)) {
        expect(answer.status).toBe(403);
        expect(answer.json.error).toBe('maps/pipe.json is a named pipe (FIFO), not a regular file; Causeway reads and saves only ordinary map files');
      }
      for (const list of await Promise.all(lists)) {
        expect(list.status).toBe(200);
        expect((list.json.maps as { name: string }[]).map((entry) => entry.name)).not.toContain('pipe');
      }
      const save = await request(api.url, {
        method: 'PUT',
        path: '/api/maps/pipe',
        headers: saveHeaders(api.url, { 'if-match': '*' }),
        body: JSON.stringify(aChain('a', 'b')),
        timeoutMs: HUNG,
      });
      expect(save.status).toBe(403);
      expect(save.json.error).toContain('named pipe (FIFO)');
      const normal = await request(api.url, { path: '/api/maps/chain', headers: sameOrigin(api.url), timeoutMs: HUNG });
      expect(normal.status).toBe(200);
    } finally {
      releaseReaders(fifo);
    }
  });

  it('refuses a folder named like a map with 403 and a sentence', async () => {
    await mkdir(path.join(maps.dir, 'folder.json'));
    await writeFile(path.join(maps.dir, 'folder.json', 'inside.json'), '{}');
    const answer = await request(api.url, { path: '/api/maps/folder', headers: sameOrigin(api.url) });
    expect(answer.status).toBe(403);
    expect(answer.json.error).toBe('maps/folder.json is a folder, not a regular file; Causeway reads and saves only ordinary map files');
  });
});
