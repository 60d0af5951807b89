import { mkdir, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempMaps, makeTempMaps, request } from './apiTestSupport.ts';
import { mapsApiPlugin } from './mapsApiPlugin.ts';
import { startMapsApiServer } from './mapsApiServer.ts';
import { STALE_TEMP_MS, isMapTempFile } from './staleTempFiles.ts';

let maps: TempMaps;
const STALE = '.chain.json.0123456789abcdef.tmp';
const FRESH = '.pair.json.fedcba9876543210.tmp';
/** Old, but not a name a save makes: somebody else's files stay. */
const OTHERS = ['.notes.tmp', '.chain.json.tmp', '.Not A Map.json.0123456789abcdef.tmp', 'chain.json.0123456789abcdef.tmp'];

async function plant(name: string, ageMs: number): Promise<void> {
  const file = path.join(maps.dir, name);
  await writeFile(file, '{"half": "a map');
  const then = new Date(Date.now() - ageMs);
  await utimes(file, then, then);
}

beforeEach(async () => {
  maps = await makeTempMaps();
  await plant(STALE, STALE_TEMP_MS + 60_000);
  await plant(FRESH, 5_000);
  for (const name of OTHERS) await plant(name, 24 * 60 * 60 * 1000);
  await writeFile(path.join(maps.root, 'outside.txt'), 'keep');
  await symlink(path.join(maps.root, 'outside.txt'), path.join(maps.dir, '.link.json.00000000000000aa.tmp'));
  await mkdir(path.join(maps.dir, '.folder.json.00000000000000bb.tmp'));
});

afterEach(async () => {
  await maps.cleanup();
});

describe('temp files left by a crash', () => {
  it('are removed when the server starts once they are stale; a young one, other files, links and folders stay', async () => {
    const api = await startMapsApiServer({ dir: maps.dir });
    try {
      const left = await readdir(maps.dir);
      expect(left).not.toContain(STALE);
      expect(left).toEqual(expect.arrayContaining([FRESH, ...OTHERS, '.link.json.00000000000000aa.tmp', '.folder.json.00000000000000bb.tmp']));
      const listed = await request(api.url, { path: '/api/maps' });
      expect((listed.json.maps as { name: string }[]).every((entry) => /^[a-z0-9-]+$/.test(entry.name))).toBe(true);
    } finally {
      await api.close();
    }
  });

  it('are removed when the dev server starts with the maps API', async () => {
    const site = path.join(maps.root, 'site');
    await mkdir(site);
    await writeFile(path.join(site, 'index.html'), '<!doctype html><title>Causeway</title>');
    const dev = await createServer({ configFile: false, root: site, logLevel: 'silent', plugins: [mapsApiPlugin(maps.dir)], server: { port: 0, watch: null, ws: false } });
    try {
      expect(await readdir(maps.dir)).not.toContain(STALE);
      expect(await readdir(maps.dir)).toContain(FRESH);
    } finally {
      await dev.close();
    }
  });

  it('are recognised only by the exact name a save gives them', () => {
    expect(isMapTempFile(STALE)).toBe(true);
    for (const name of OTHERS) expect(isMapTempFile(name), name).toBe(false);
  });
});
