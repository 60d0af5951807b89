import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeMap } from '../model/serializeMap.ts';
import { type TempMaps, chainMap, leftoverTempFiles, makeTempMaps, pairMap, request, sameOrigin, saveHeaders } from './apiTestSupport.ts';
import { type MapsApiServer, startMapsApiServer } from './mapsApiServer.ts';
import { parseTrashId } from './mapMoves.ts';

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

const onDisk = (name: string) => readFile(path.join(maps.dir, `${name}.json`), 'utf8');
const mapFiles = async () => (await readdir(maps.dir)).filter((file) => file.endsWith('.json')).sort();
const trashFiles = async () => readdir(path.join(maps.dir, '.trash')).catch(() => []);

async function versionOf(name: string): Promise<string> {
  return (await request(api.url, { path: `/api/maps/${name}`, headers: sameOrigin(api.url) })).json.version as string;
}

function rename(from: string, to: unknown, ifMatch: string | null = '*', headers = sameOrigin(api.url)) {
  return request(api.url, {
    method: 'POST',
    path: `/api/maps/${from}/rename`,
    headers: { ...headers, 'content-type': 'application/json', ...(ifMatch === null ? {} : { 'if-match': ifMatch }) },
    body: JSON.stringify({ to }),
  });
}

function remove(name: string, ifMatch: string | null = '*') {
  return request(api.url, { method: 'DELETE', path: `/api/maps/${name}`, headers: { ...sameOrigin(api.url), ...(ifMatch === null ? {} : { 'if-match': ifMatch }) } });
}

function restore(rawId: string, to?: string) {
  return request(api.url, {
    method: 'POST',
    path: `/api/trash/${rawId}/restore`,
    headers: { ...sameOrigin(api.url), 'content-type': 'application/json' },
    body: to === undefined ? '' : JSON.stringify({ to }),
  });
}

const listTrash = () => request(api.url, { path: '/api/trash', headers: sameOrigin(api.url) });

describe('POST /api/maps/NAME/rename', () => {
  it('gives the file a new name and keeps its content (title included) and version', async () => {
    const before = await onDisk('chain');
    const version = await versionOf('chain');
    const res = await rename('chain', 'escalation-chain', version);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ name: 'escalation-chain', version });
    expect(res.headers.location).toBe('/api/maps/escalation-chain');
    expect(await onDisk('escalation-chain')).toBe(before);
    expect(await mapFiles()).not.toContain('chain.json');
    const list = await request(api.url, { path: '/api/maps', headers: sameOrigin(api.url) });
    expect(list.json.maps).toContainEqual(expect.objectContaining({ name: 'escalation-chain', title: 'Escalation chain' }));
  });

  it('refuses a rename onto an existing map with 409 and a clear sentence, and changes neither file', async () => {
    const [chain, pair] = [await onDisk('chain'), await onDisk('pair')];
    const res = await rename('chain', 'pair');
    expect(res.status).toBe(409);
    expect(res.json.error).toBe('maps/pair.json already exists; choose another name');
    expect([await onDisk('chain'), await onDisk('pair')]).toEqual([chain, pair]);
  });

  it('refuses with 409 when the file changed since it was loaded, and needs If-Match (428)', async () => {
    const stale = await versionOf('chain');
    await writeFile(path.join(maps.dir, 'chain.json'), serializeMap({ ...chainMap, meta: { title: 'Edited elsewhere' } }));
    const res = await rename('chain', 'moved', stale);
    expect(res.status).toBe(409);
    expect(res.json.error).toBe('maps/chain.json changed on disk since it was loaded');
    expect((await rename('chain', 'moved', null)).status).toBe(428);
    expect(await mapFiles()).not.toContain('moved.json');
  });

  it('answers 404 for a map that is not there, 400 for a bad or same name, 405 for another method', async () => {
    expect((await rename('ghost', 'other')).status).toBe(404);
    expect((await rename('chain', 'chain')).status).toBe(400);
    for (const bad of ['../outside', '.trash/x', 'Chain', 'a/b', '', 42]) {
      const res = await rename('chain', bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
    const get = await request(api.url, { path: '/api/maps/chain/rename', headers: sameOrigin(api.url) });
    expect(get.status).toBe(405);
    expect(await mapFiles()).toContain('chain.json');
  });

  it('refuses a request from another origin (403) and a symbolic link (403)', async () => {
    const foreign = await rename('chain', 'moved', '*', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(foreign.status).toBe(403);
    await symlink(path.join(maps.dir, 'pair.json'), path.join(maps.dir, 'linked.json'));
    const linked = await rename('linked', 'moved');
    expect(linked.status).toBe(403);
    expect(await mapFiles()).not.toContain('moved.json');
  });

  it('orders a rename and a save of one file: the save before lands in the new name, the save after finds the file gone', async () => {
    const version = await versionOf('chain');
    const edited = serializeMap({ ...chainMap, meta: { title: 'Saved while renaming' } });
    const [saved, renamed] = await Promise.all([
      request(api.url, { method: 'PUT', path: '/api/maps/chain', headers: saveHeaders(api.url, { 'if-match': version }), body: edited }),
      rename('chain', 'renamed-chain', '*'),
    ]);
    expect(renamed.status).toBe(200);
    if (saved.status === 200) {
      expect(await onDisk('renamed-chain')).toBe(edited);
    } else {
      expect(saved.status).toBe(409);
      expect(saved.json.error).toBe('maps/chain.json no longer exists on disk');
      expect(await onDisk('renamed-chain')).toBe(serializeMap(chainMap));
    }
    expect(await mapFiles()).not.toContain('chain.json');
    expect(await leftoverTempFiles(maps.dir)).toEqual([]);
  });

  it('lets one of two renames onto one new name win, and two crossed renames both finish', async () => {
    const [a, b] = await Promise.all([rename('chain', 'same-new'), rename('pair', 'same-new')]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const crossed = await Promise.all([rename('same-new', 'left'), rename(a.status === 200 ? 'pair' : 'chain', 'right')]);
    expect(crossed.map((res) => res.status)).toEqual([200, 200]);
    const titles = [JSON.parse(await onDisk('left')).meta.title, JSON.parse(await onDisk('right')).meta.title].sort();
    expect(titles).toEqual([chainMap.meta.title, pairMap.meta.title].sort());
  });
});

describe('DELETE /api/maps/NAME and the trash', () => {
  it('moves the map into maps/.trash (never deleting it), lists it, and restores it under its name', async () => {
    const before = await onDisk('chain');
    const res = await remove('chain', await versionOf('chain'));
    expect(res.status).toBe(200);
    const trashed = res.json.trashed as { id: string; name: string; title: string; deletedAt: string };
    expect(trashed).toEqual({ id: expect.stringMatching(/^chain--\d+$/), name: 'chain', title: 'Escalation chain', deletedAt: expect.any(String) });
    expect(await mapFiles()).not.toContain('chain.json');
    expect(await trashFiles()).toEqual([`${trashed.id}.json`]);
    expect(await readFile(path.join(maps.dir, '.trash', `${trashed.id}.json`), 'utf8')).toBe(before);

    const list = await request(api.url, { path: '/api/maps', headers: sameOrigin(api.url) });
    expect((list.json.maps as { name: string }[]).map((entry) => entry.name)).not.toContain('chain');
    expect((await listTrash()).json).toEqual({ trash: [trashed] });

    const back = await restore(trashed.id);
    expect(back.status).toBe(201);
    expect(back.json).toEqual({ name: 'chain', version: await versionOf('chain') });
    expect(await onDisk('chain')).toBe(before);
    expect(await trashFiles()).toEqual([]);
  });

  it('keeps both copies when a map of one name is deleted twice', async () => {
    await remove('chain');
    await writeFile(path.join(maps.dir, 'chain.json'), serializeMap({ ...chainMap, meta: { title: 'Second chain' } }));
    await remove('chain');
    const trash = (await listTrash()).json.trash as { title: string }[];
    expect(trash.map((entry) => entry.title).sort()).toEqual(['Escalation chain', 'Second chain']);
  });

  it('refuses to restore onto a name taken meanwhile (409), and restores under another name when asked', async () => {
    const { trashed } = (await remove('chain')).json as { trashed: { id: string } };
    await writeFile(path.join(maps.dir, 'chain.json'), serializeMap(pairMap));
    const refused = await restore(trashed.id);
    expect(refused.status).toBe(409);
    expect(refused.json.error).toBe('maps/chain.json exists now; restore the map under another name');
    expect(JSON.parse(await onDisk('chain')).meta.title).toBe(pairMap.meta.title);
    const renamed = await restore(trashed.id, 'chain-restored');
    expect(renamed.status).toBe(201);
    expect(JSON.parse(await onDisk('chain-restored')).meta.title).toBe(chainMap.meta.title);
  });

  it('refuses a delete of a changed file (409) or without If-Match (428), and of a missing map (404)', async () => {
    const stale = await versionOf('chain');
    await writeFile(path.join(maps.dir, 'chain.json'), serializeMap(pairMap));
    expect((await remove('chain', stale)).status).toBe(409);
    expect((await remove('chain', null)).status).toBe(428);
    expect((await remove('ghost')).status).toBe(404);
    expect(await mapFiles()).toContain('chain.json');
  });

  it('never reaches outside the trash: bad ids are refused and files beside maps/ stay', async () => {
    await writeFile(path.join(maps.root, 'outside--1.json'), serializeMap(chainMap));
    for (const raw of ['..%2F..%2Foutside--1', '..--1', '%2e%2e%2foutside--1', 'chain', 'chain--x', '%E0%A4%A', 'a%2fb--1']) {
      const res = await restore(raw);
      expect([400, 404], raw).toContain(res.status);
    }
    expect((await restore('chain--1')).status).toBe(404);
    const wrongPath = await request(api.url, { method: 'POST', path: '/api/trash/anything', headers: sameOrigin(api.url), body: '' });
    expect(wrongPath.status).toBe(400);
    expect(await readdir(maps.root)).toContain('outside--1.json');
    expect(await mapFiles()).not.toContain('outside.json');
  });

  it('refuses a trash folder that is a link leading outside maps/', async () => {
    const elsewhere = path.join(maps.root, 'elsewhere');
    await mkdir(elsewhere);
    await symlink(elsewhere, path.join(maps.dir, '.trash'));
    const res = await remove('chain');
    expect(res.status).toBe(403);
    expect(await readdir(elsewhere)).toEqual([]);
    expect(await mapFiles()).toContain('chain.json');
  });
});

describe('parseTrashId', () => {
  it('reads the name and time, refusing anything that is not NAME--DIGITS', () => {
    expect(parseTrashId('korean-war--1733600000000')).toEqual({ name: 'korean-war', deletedAt: 1733600000000 });
    for (const id of ['', 'chain', '../x--1', 'a/b--1', 'chain--', '--1', 'Chain--1']) expect(parseTrashId(id), id).toBeUndefined();
  });
});
