import { mkdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../model/parseJsonText.ts';
import { serializeMap } from '../model/serializeMap.ts';
import { type TempMaps, chainMap, makeTempMaps, pairMap, request, sameOrigin } from './apiTestSupport.ts';
import { type MapsApiServer, startMapsApiServer } from './mapsApiServer.ts';
import { versionTag } from './versionTag.ts';

let maps: TempMaps;
let api: MapsApiServer;

beforeEach(async () => {
  maps = await makeTempMaps();
  api = await startMapsApiServer({ dir: maps.dir });
});

afterEach(async () => {
  await api.close();
  await maps.cleanup();
});

describe('GET /api/maps', () => {
  it('lists every map file with its title and whether it is valid', async () => {
    await writeFile(path.join(maps.dir, 'broken.json'), '{ "format": "causeway-map", ');
    const res = await request(api.url, { path: '/api/maps', headers: sameOrigin(api.url) });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const listed = res.json.maps as { name: string; title: string; valid: boolean }[];
    expect(listed).toContainEqual({ name: 'chain', title: 'Escalation chain', valid: true, modified: expect.any(String) });
    expect(listed).toContainEqual({ name: 'pair', title: 'Two claims', valid: true, modified: expect.any(String) });
    expect(listed).toContainEqual({ name: 'broken', title: 'broken', valid: false, modified: expect.any(String) });
    expect(listed.map((entry) => entry.name)).toEqual([...listed.map((entry) => entry.name)].sort());
  });

  it('leaves out files that are not maps: other names, temp files, folders and links to outside', async () => {
    await writeFile(path.join(maps.dir, 'Not A Slug.json'), serializeMap(pairMap));
    await writeFile(path.join(maps.dir, '.chain.json.0123abcd.tmp'), '{');
    await writeFile(path.join(maps.dir, 'notes.txt'), 'x');
    await mkdir(path.join(maps.dir, 'folder.json'));
    await writeFile(path.join(maps.root, 'secret.json'), serializeMap(pairMap));
    await symlink(path.join(maps.root, 'secret.json'), path.join(maps.dir, 'leak.json'));
    const res = await request(api.url, { path: '/api/maps' });
    const names = (res.json.maps as { name: string }[]).map((entry) => entry.name);
    expect(names).toContain('chain');
    expect(names).not.toContain('leak');
    expect(names).not.toContain('folder');
    expect(names.every((name) => /^[a-z0-9-]+$/.test(name))).toBe(true);
  });
});

describe('GET /api/maps/NAME', () => {
  it('answers the file text with its version tag, also as ETag', async () => {
    const res = await request(api.url, { path: '/api/maps/chain', headers: sameOrigin(api.url) });
    const onDisk = await readFile(path.join(maps.dir, 'chain.json'));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ name: 'chain', content: serializeMap(chainMap), version: versionTag(onDisk) });
    expect(res.headers.etag).toBe(res.json.version);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('gives a new version when the content changes even if size and mtime do not', async () => {
    const file = path.join(maps.dir, 'pair.json');
    const before = await request(api.url, { path: '/api/maps/pair' });
    const { mtime, atime, size } = await stat(file);
    const text = await readFile(file, 'utf8');
    const sameSize = text.replace('"Two claims"', '"Two claimz"');
    await writeFile(file, sameSize);
    await utimes(file, atime, mtime);
    expect((await stat(file)).size).toBe(size);
    const after = await request(api.url, { path: '/api/maps/pair' });
    expect(after.json.version).not.toBe(before.json.version);
  });

  it('answers 404 for a map that does not exist', async () => {
    const res = await request(api.url, { path: '/api/maps/nothing-here' });
    expect(res.status).toBe(404);
    expect(res.json.error).toBe("there is no map 'nothing-here'");
  });

  it('refuses a file over 5 MB with a clear message instead of sending it', async () => {
    await writeFile(path.join(maps.dir, 'huge.json'), Buffer.alloc(MAX_FILE_BYTES + 10, 32));
    const res = await request(api.url, { path: '/api/maps/huge' });
    expect(res.status).toBe(422);
    expect(res.json.error).toBe('maps/huge.json is 5.0 MB; a map file may be at most 5 MB');
  });

  it('answers 405 with Allow for other methods', async () => {
    for (const method of ['POST', 'PATCH', 'OPTIONS']) {
      const res = await request(api.url, { method, path: '/api/maps/chain', headers: sameOrigin(api.url) });
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET, PUT, DELETE');
    }
    const list = await request(api.url, { method: 'PUT', path: '/api/maps', headers: sameOrigin(api.url) });
    expect(list.status).toBe(405);
    expect(list.headers.allow).toBe('GET');
  });

  it('leaves other URLs to the host server', async () => {
    const res = await request(api.url, { path: '/api/mapsx' });
    expect(res.status).toBe(404);
    expect(res.json.error).toBe('not found');
  });
});
