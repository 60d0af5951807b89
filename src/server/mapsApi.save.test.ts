import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../model/parseJsonText.ts';
import { parseMap } from '../model/parseMap.ts';
import type { ArgumentMap } from '../model/schema.ts';
import { serializeMap } from '../model/serializeMap.ts';
import { aChain, aClaim, aMap, aRelation } from '../model/testBuilders.ts';
import { type TempMaps, chainMap, leftoverTempFiles, makeTempMaps, request, sameOrigin, saveHeaders } from './apiTestSupport.ts';
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

async function versionOf(name: string): Promise<string> {
  const res = await request(api.url, { path: `/api/maps/${name}`, headers: sameOrigin(api.url) });
  return res.json.version as string;
}

function put(name: string, body: unknown, condition: Record<string, string>) {
  return request(api.url, {
    method: 'PUT',
    path: `/api/maps/${name}`,
    headers: saveHeaders(api.url, condition),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const onDisk = (name: string) => readFile(path.join(maps.dir, `${name}.json`), 'utf8');

describe('PUT /api/maps/NAME', () => {
  it('saves over the loaded version in the stable file form, and GET returns it', async () => {
    const edited: ArgumentMap = { ...chainMap, nodes: chainMap.nodes.map((claim, i) => (i === 0 ? { ...claim, status: 'refuted' } : claim)) };
    const res = await put('chain', edited, { 'if-match': await versionOf('chain') });
    expect(res.status).toBe(200);
    expect(await onDisk('chain')).toBe(serializeMap(edited));
    expect(res.json).toEqual({ name: 'chain', version: versionTag(serializeMap(edited)) });
    expect(res.headers.etag).toBe(res.json.version);
    const again = await request(api.url, { path: '/api/maps/chain', headers: sameOrigin(api.url) });
    expect(again.json).toEqual({ name: 'chain', content: serializeMap(edited), version: res.json.version });
    expect(await leftoverTempFiles(maps.dir)).toEqual([]);
  });

  it('writes the stable form whatever key order and spacing the body has', async () => {
    const scrambled = `{"edges":[],"nodes":[{"sources":[],"status":"supported","label":"Only","kind":"event","id":"only"}],"meta":{"title":"Compact"},"version":1,"format":"causeway-map"}`;
    const res = await put('chain', scrambled, { 'if-match': await versionOf('chain') });
    expect(res.status).toBe(200);
    const parsed = parseMap(scrambled);
    expect(parsed.ok && (await onDisk('chain')) === serializeMap(parsed.map)).toBe(true);
  });

  it('creates a new map with If-None-Match: * (201, Location) and refuses to create one that exists (409)', async () => {
    const fresh = aChain('x', 'y');
    const created = await put('fresh-map', fresh, { 'if-none-match': '*' });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe('/api/maps/fresh-map');
    expect(await onDisk('fresh-map')).toBe(serializeMap(fresh));

    const again = await put('fresh-map', aChain('z'), { 'if-none-match': '*' });
    expect(again.status).toBe(409);
    expect(again.json).toEqual({ error: 'maps/fresh-map.json already exists', version: created.json.version });
    expect(await onDisk('fresh-map')).toBe(serializeMap(fresh));
  });

  it('answers 409 with the current version when the file changed on disk after it was loaded', async () => {
    const loaded = await versionOf('chain');
    const theirs = { ...chainMap, meta: { title: 'Changed in an editor' } };
    await writeFile(path.join(maps.dir, 'chain.json'), serializeMap(theirs));
    const res = await put('chain', { ...chainMap, meta: { title: 'Mine' } }, { 'if-match': loaded });
    expect(res.status).toBe(409);
    expect(res.json).toEqual({ error: 'maps/chain.json changed on disk since it was loaded', version: versionTag(serializeMap(theirs)) });
    expect(res.headers.etag).toBe(res.json.version);
    expect(await onDisk('chain')).toBe(serializeMap(theirs));

    const overwrite = await put('chain', { ...chainMap, meta: { title: 'Mine' } }, { 'if-match': res.json.version as string });
    expect(overwrite.status).toBe(200);
    expect(JSON.parse(await onDisk('chain')).meta.title).toBe('Mine');
  });

  it('answers 409 with version null when the file was deleted on disk, and If-Match: * needs an existing file', async () => {
    const loaded = await versionOf('chain');
    await rm(path.join(maps.dir, 'chain.json'));
    const res = await put('chain', chainMap, { 'if-match': loaded });
    expect(res.status).toBe(409);
    expect(res.json).toEqual({ error: 'maps/chain.json no longer exists on disk', version: null });
    expect((await put('chain', chainMap, { 'if-match': '*' })).status).toBe(409);
    expect(await readdir(maps.dir)).not.toContain('chain.json');
  });

  it('lets exactly one of two concurrent saves based on the same version win; the file is the winner, whole', async () => {
    const loaded = await versionOf('chain');
    const first = { ...chainMap, meta: { title: 'First writer' } };
    const second = { ...chainMap, meta: { title: 'Second writer' } };
    const [a, b] = await Promise.all([put('chain', first, { 'if-match': loaded }), put('chain', second, { 'if-match': loaded })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? first : second;
    const loser = a.status === 200 ? b : a;
    expect(await onDisk('chain')).toBe(serializeMap(winner));
    expect(loser.json.version).toBe(versionTag(serializeMap(winner)));
  });

  it('serializes many concurrent saves to one file: each is whole and none is torn', async () => {
    const bodies = Array.from({ length: 12 }, (_, i) => ({ ...chainMap, meta: { title: `Writer ${i}` } }));
    const results = await Promise.all(bodies.map((body) => put('chain', body, { 'if-match': '*' })));
    expect(results.map((res) => res.status)).toEqual(bodies.map(() => 200));
    const final = await onDisk('chain');
    expect(bodies.map((body) => serializeMap(body))).toContain(final);
    expect(await leftoverTempFiles(maps.dir)).toEqual([]);
  });

  it('answers 400 with the problems, their JSON paths and printed text, and writes nothing', async () => {
    const before = await onDisk('chain');
    const broken = { ...chainMap, nodes: [aClaim('a'), aClaim('a')], edges: [aRelation('a', 'ghost')] };
    const res = await put('chain', broken, { 'if-match': await versionOf('chain') });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      error: 'the map was not saved: it has 2 problems',
      problems: [
        { path: ['nodes', 1, 'id'], message: "'a' is already the id of nodes[0]", text: "nodes[1].id: 'a' is already the id of nodes[0]" },
        { path: ['edges', 0, 'target'], message: "'ghost' names no node", text: "edges[0].target: 'ghost' names no node" },
      ],
    });
    expect(await onDisk('chain')).toBe(before);
  });

  it('answers 400 for a body the schema refuses, naming the field', async () => {
    const broken = { ...chainMap, nodes: [aClaim('a', { status: 'maybe' as never })], edges: [] };
    const res = await put('chain', broken, { 'if-match': '*' });
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('the map was not saved: it has a problem');
    expect(res.json.problems).toEqual([
      { path: ['nodes', 0, 'status'], message: expect.stringContaining("'supported'"), text: expect.stringMatching(/^nodes\[0\]\.status: must be /) },
    ]);
    expect(await onDisk('chain')).toBe(serializeMap(chainMap));
  });

  it('answers 400 with the line and column of a JSON syntax error', async () => {
    const res = await put('chain', '{\n  "format": "causeway-map",\n  oops\n}', { 'if-match': '*' });
    expect(res.status).toBe(400);
    const [problem] = res.json.problems as { path: unknown[]; text: string }[];
    expect(problem?.path).toEqual([]);
    expect(problem?.text).toMatch(/line 3, column 3/);
  });

  it('answers 413 when the body fits but its stable file form would pass 5 MB', { timeout: 20_000 }, async () => {
    const sources = Array.from({ length: 50 }, () => ({ citation: 'Wells 2009', quote: '' }));
    const crowded = aMap(Array.from({ length: 2_000 }, (_, i) => aClaim(`c${i}`, { sources })), []);
    const body = JSON.stringify(crowded);
    expect(Buffer.byteLength(body)).toBeLessThan(MAX_FILE_BYTES);
    expect(Buffer.byteLength(serializeMap(crowded))).toBeGreaterThan(MAX_FILE_BYTES);
    const res = await put('chain', body, { 'if-match': '*' });
    expect(res.status).toBe(413);
    expect(res.json.error).toBe('the formatted map would be larger than 5 MB, the most a map file may hold');
    expect(await onDisk('chain')).toBe(serializeMap(chainMap));
  });

  it('requires a precondition (428), JSON content (415) and UTF-8 text (400)', async () => {
    const body = JSON.stringify(chainMap);
    const none = await request(api.url, { method: 'PUT', path: '/api/maps/chain', headers: saveHeaders(api.url, {}), body });
    expect(none.status).toBe(428);
    const text = await request(api.url, {
      method: 'PUT',
      path: '/api/maps/chain',
      headers: { ...sameOrigin(api.url), 'content-type': 'text/plain', 'if-match': '*' },
      body,
    });
    expect(text.status).toBe(415);
    const latin1 = await put('chain', Buffer.from([0x7b, 0xe9, 0x7d]).toString('latin1'), { 'if-match': '*' });
    expect(latin1.status).toBe(400);
    const invalidUtf8 = await request(api.url, {
      method: 'PUT',
      path: '/api/maps/chain',
      headers: saveHeaders(api.url, { 'if-match': '*' }),
      body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
    });
    expect(invalidUtf8.status).toBe(400);
    expect(invalidUtf8.json.error).toBe('the body is not UTF-8 text');
    expect(await onDisk('chain')).toBe(serializeMap(chainMap));
  });
});
