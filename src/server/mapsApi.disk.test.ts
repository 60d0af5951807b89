import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmod, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeMap } from '../model/serializeMap.ts';
import { aClaim, aMap } from '../model/testBuilders.ts';
import { type TempMaps, chainMap, leftoverTempFiles, makeTempMaps, request, saveHeaders } from './apiTestSupport.ts';
import { type MapsApiServer, startMapsApiServer } from './mapsApiServer.ts';

/** Serialized, this is far over the 64 KiB file-size limit the failing-disk test sets; the file it replaces is far under. */
const bigMap = aMap(
  Array.from({ length: 150 }, (_, i) => aClaim(`claim-${i}`, { text: 'A long account of the decision. '.repeat(60) })),
  [],
  { meta: { title: 'Too big for the disk' } },
);
const FILE_SIZE_LIMIT = 64 * 1024;

let maps: TempMaps;

beforeEach(async () => {
  maps = await makeTempMaps();
});

afterEach(async () => {
  await maps.cleanup();
});

const onDisk = (name: string) => readFile(path.join(maps.dir, `${name}.json`), 'utf8');

/** The API alone in a child process, so the kernel limit applies to it and not to the test runner. */
async function startChildServer(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/server/serveMapsApi.ts'), dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the API server exited (${code})`)));
  });
  return { child, url };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describe('a failing disk', () => {
  /*
   * chmod cannot make a folder unwritable for root, and CI runs as root. RLIMIT_FSIZE binds root too: with it set
   * on the server process, the kernel refuses the temp file's write past 64 KiB (EFBIG) after part of it was
   * written, a real mid-write failure that no mock is needed for.
   */
  it.runIf(process.platform === 'linux')('keeps the old file intact and leaves no temp file when the write fails midway (EFBIG)', { timeout: 30_000 }, async () => {
    const { child, url } = await startChildServer(maps.dir);
    try {
      const limited = spawnSync('prlimit', [`--pid=${child.pid}`, `--fsize=${FILE_SIZE_LIMIT}:${FILE_SIZE_LIMIT}`]);
      expect(limited.status, String(limited.stderr)).toBe(0);
      const before = await onDisk('chain');
      const version = (await request(url, { path: '/api/maps/chain' })).json.version as string;

      const res = await request(url, {
        method: 'PUT',
        path: '/api/maps/chain',
        headers: saveHeaders(url, { 'if-match': version }),
        body: JSON.stringify(bigMap),
      });
      expect(serializeMap(bigMap).length).toBeGreaterThan(FILE_SIZE_LIMIT * 2);
      expect(res.status).toBe(507);
      expect(res.json).toEqual({
        error: 'The system refused a file this large: maps/chain.json was not saved; the file on disk is unchanged.',
        code: 'EFBIG',
      });
      expect(await onDisk('chain')).toBe(before);
      expect(await leftoverTempFiles(maps.dir)).toEqual([]);

      const small = { ...chainMap, meta: { title: 'Still saving' } };
      const after = await request(url, { method: 'PUT', path: '/api/maps/chain', headers: saveHeaders(url, { 'if-match': version }), body: JSON.stringify(small) });
      expect(after.status).toBe(200);
      expect(await onDisk('chain')).toBe(serializeMap(small));
    } finally {
      await stop(child);
    }
  });

  it('answers 403 with a plain sentence when the folder is not writable (EACCES)', async (context) => {
    if (process.getuid?.() === 0) {
      const reason = 'root may write in any folder; mapsApi.realDisk.test.ts runs this case as root with the server as nobody';
      console.warn(`skipped "${context.task.name}": ${reason}`);
      context.skip(reason);
    }
    const api: MapsApiServer = await startMapsApiServer({ dir: maps.dir });
    await chmod(maps.dir, 0o555);
    try {
      const res = await request(api.url, { method: 'PUT', path: '/api/maps/chain', headers: saveHeaders(api.url, { 'if-match': '*' }), body: JSON.stringify(bigMap) });
      expect(res.status).toBe(403);
      expect(res.json.code).toBe('EACCES');
      expect(await onDisk('chain')).toBe(serializeMap(chainMap));
    } finally {
      await chmod(maps.dir, 0o755);
      await api.close();
    }
  });

  it('answers 500 with a clear sentence when the maps folder is gone', async () => {
    const api = await startMapsApiServer({ dir: maps.dir });
    try {
      await rm(maps.dir, { recursive: true });
      const list = await request(api.url, { path: '/api/maps' });
      expect(list.status).toBe(500);
      expect(list.json.error).toBe('the maps folder cannot be opened (ENOENT)');
      const save = await request(api.url, { method: 'PUT', path: '/api/maps/chain', headers: saveHeaders(api.url, { 'if-none-match': '*' }), body: JSON.stringify(chainMap) });
      expect(save.status).toBe(500);
    } finally {
      await api.close();
    }
  });
});
