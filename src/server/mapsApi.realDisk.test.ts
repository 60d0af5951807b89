// Real disk failures as root (CI runs as root): a full disk (tiny tmpfs), a read-only disk, and a server without write permission.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, type TestContext } from 'vitest';
import { serializeMap } from '../model/serializeMap.ts';
import { aClaim, aMap } from '../model/testBuilders.ts';
import { chainMap, leftoverTempFiles, request, saveHeaders } from './apiTestSupport.ts';
import { startMapsApiServer } from './mapsApiServer.ts';

const isRoot = process.platform === 'linux' && process.getuid?.() === 0;
const NOBODY = 65534;

/** Mounting needs root and a kernel that lets this container mount; elsewhere these tests are skipped. */
const canMount =
  isRoot &&
  spawnSync('sh', ['-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=16k tmpfs "$d" && umount "$d"; s=$?; rmdir "$d"; exit $s']).status === 0;
const cannotMount = isRoot
  ? 'this machine does not let root mount a tmpfs (a container without CAP_SYS_ADMIN)'
  : 'mounting a tiny disk needs root, and these tests run as a user';

/** Dropping to `nobody` needs root and CAP_SETUID/CAP_SETGID; a user, or a container without them, cannot. */
const canDropToNobody =
  isRoot && spawnSync(process.execPath, ['-e', `process.setgroups([]); process.setgid(${NOBODY}); process.setuid(${NOBODY})`]).status === 0;
const cannotDrop = isRoot
  ? 'this machine does not let root become the user nobody (no CAP_SETUID/CAP_SETGID)'
  : 'becoming the user nobody needs root, and these tests run as a user';

/** Skips the running test with the reason, printed, when the machine cannot do what it needs. */
function needs(can: boolean, reason: string, context: TestContext): void {
  if (can) return;
  console.warn(`skipped "${context.task.name}": ${reason}`);
  context.skip(reason);
}

/** Far larger than the tmpfs below, while the map it replaces is far smaller. */
const bigMap = aMap(
  Array.from({ length: 150 }, (_, i) => aClaim(`claim-${i}`, { text: 'A long account of the decision. '.repeat(60) })),
  [],
  { meta: { title: 'Too big for the disk' } },
);
const DISK_BYTES = 128 * 1024;

let root: string;
let dir: string;
let mounted = false;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'causeway-disk-'));
  dir = path.join(root, 'maps');
  await mkdir(dir);
});

afterEach(async () => {
  if (mounted) spawnSync('umount', ['-l', dir]);
  mounted = false;
  await rm(root, { recursive: true, force: true });
});

function mountTinyDisk(): void {
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_BYTES}`, 'tmpfs', dir]);
  expect(result.status, String(result.stderr)).toBe(0);
  mounted = true;
}

const onDisk = (): Promise<string> => readFile(path.join(dir, 'chain.json'), 'utf8');
const save = (url: string, map: unknown, version = '*') =>
  request(url, { method: 'PUT', path: '/api/maps/chain', headers: saveHeaders(url, { 'if-match': version }), body: JSON.stringify(map) });

describe('a real full or read-only disk', () => {
  it('answers 507 when the disk fills up mid-write, keeps the old file whole, leaves no temp file, and saves again once there is room', async (context) => {
    needs(canMount, cannotMount, context);
    mountTinyDisk();
    await writeFile(path.join(dir, 'chain.json'), serializeMap(chainMap));
    const api = await startMapsApiServer({ dir });
    try {
      expect(serializeMap(bigMap).length).toBeGreaterThan(DISK_BYTES * 2);
      const full = await save(api.url, bigMap);
      expect(full.status).toBe(507);
      expect(full.json).toEqual({ error: 'The disk is full: maps/chain.json was not saved; the file on disk is unchanged.', code: 'ENOSPC' });
      expect(await onDisk()).toBe(serializeMap(chainMap));
      expect(await leftoverTempFiles(dir)).toEqual([]);

      const small = { ...chainMap, meta: { title: 'Fits' } };
      expect((await save(api.url, small)).status).toBe(200);
      expect(await onDisk()).toBe(serializeMap(small));
    } finally {
      await api.close();
    }
  });

  it('answers 403 on a disk remounted read-only, and still serves the map', async (context) => {
    needs(canMount, cannotMount, context);
    mountTinyDisk();
    await writeFile(path.join(dir, 'chain.json'), serializeMap(chainMap));
    const remount = spawnSync('mount', ['-o', 'remount,ro', dir]);
    expect(remount.status, String(remount.stderr)).toBe(0);
    const api = await startMapsApiServer({ dir });
    try {
      const refused = await save(api.url, { ...chainMap, meta: { title: 'Nowhere to go' } });
      expect(refused.status).toBe(403);
      expect(refused.json).toEqual({ error: 'The maps folder is on a read-only disk: maps/chain.json was not saved; the file on disk is unchanged.', code: 'EROFS' });
      const read = await request(api.url, { path: '/api/maps/chain', headers: { origin: api.url } });
      expect(read.status).toBe(200);
      expect(await onDisk()).toBe(serializeMap(chainMap));
    } finally {
      await api.close();
    }
  });
});

/**
 * The API alone, run as the unprivileged user `nobody`, so a root-owned folder is really not writable for it. The child
 * starts as root and drops to nobody once its modules are loaded: nobody may not be able to read the clone's files.
 */
async function startAsNobody(folder: string): Promise<{ child: ChildProcess; url: string }> {
  const server = fileURLToPath(new URL('./serveMapsApiAs.testing.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', server, folder, String(NOBODY), String(NOBODY)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, HOME: os.tmpdir() },
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

describe('a server without write permission', () => {
  it('answers 403 (EACCES) with a plain sentence and leaves the file as it was', { timeout: 30_000 }, async (context) => {
    needs(canDropToNobody, cannotDrop, context);
    await writeFile(path.join(dir, 'chain.json'), serializeMap(chainMap));
    await chmod(root, 0o755);
    await chmod(dir, 0o755);
    const { child, url } = await startAsNobody(dir);
    try {
      const read = await request(url, { path: '/api/maps/chain', headers: { origin: url } });
      expect(read.status).toBe(200);
      const refused = await save(url, { ...chainMap, meta: { title: 'Not allowed' } }, read.json.version as string);
      expect(refused.status).toBe(403);
      expect(refused.json).toEqual({
        error: 'The server is not allowed to write in the maps folder (permission denied): maps/chain.json was not saved; the file on disk is unchanged.',
        code: 'EACCES',
      });
      expect(await onDisk()).toBe(serializeMap(chainMap));
      expect(await leftoverTempFiles(dir)).toEqual([]);
    } finally {
      await stop(child);
    }
  });
});
