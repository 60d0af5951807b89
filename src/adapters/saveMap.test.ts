import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setStatus } from '../model/edits/claimEdits.ts';
import { parseMap } from '../model/parseMap.ts';
import { serializeMap } from '../model/serializeMap.ts';
import { aChain } from '../model/testBuilders.ts';
import { type MapsApiServer, startMapsApiServer } from '../server/mapsApiServer.ts';
import { saveMap } from './saveMap.ts';

let dir: string;
let api: MapsApiServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'causeway-save-'));
  api = await startMapsApiServer({ dir });
});
afterAll(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

async function versionOf(name: string): Promise<string> {
  const response = await fetch(`${api.url}/api/maps/${name}`);
  return ((await response.json()) as { version: string }).version;
}

describe('saveMap against the real maps API', () => {
  it('creates a new map, then saves over the version it wrote', async () => {
    const map = aChain('a', 'b');
    const created = await saveMap('fresh', map, { create: true }, { baseUrl: api.url });
    expect(created).toMatchObject({ kind: 'saved', created: true });
    const edited = setStatus(map, ['a'], 'refuted');
    const version = created.kind === 'saved' ? created.version : '';
    const saved = await saveMap('fresh', edited, { ifMatch: version }, { baseUrl: api.url });
    expect(saved).toMatchObject({ kind: 'saved', created: false });
    const onDisk = await readFile(path.join(dir, 'fresh.json'), 'utf8');
    expect(onDisk).toBe(serializeMap(edited));
    expect(saved.kind === 'saved' && saved.version).toBe(await versionOf('fresh'));
  });

  it('reports a conflict with the current version when the file changed on disk', async () => {
    const map = aChain('a');
    await writeFile(path.join(dir, 'shared.json'), serializeMap(map));
    const loaded = await versionOf('shared');
    await writeFile(path.join(dir, 'shared.json'), serializeMap(setStatus(map, ['a'], 'supported')));
    const outcome = await saveMap('shared', setStatus(map, ['a'], 'refuted'), { ifMatch: loaded }, { baseUrl: api.url });
    expect(outcome).toMatchObject({ kind: 'conflict', currentVersion: await versionOf('shared') });
    const kept = parseMap(await readFile(path.join(dir, 'shared.json'), 'utf8'));
    expect(kept.ok && kept.map.nodes[0]?.status).toBe('supported');
    expect(await saveMap('shared', map, { create: true }, { baseUrl: api.url })).toMatchObject({ kind: 'conflict' });
  });

  it('reports the problems of an invalid map', async () => {
    const broken = { ...aChain('a', 'b'), edges: [{ id: 'x', source: 'a', target: 'a', relation: 'causes' as const }] };
    const outcome = await saveMap('broken', broken, { create: true }, { baseUrl: api.url });
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' && outcome.problems[0]?.path).toEqual(['edges', 0, 'target']);
  });

  it('reports an unreachable server and other refusals without throwing', async () => {
    expect(await saveMap('x', aChain('a'), { create: true }, { baseUrl: 'http://127.0.0.1:9' })).toMatchObject({ kind: 'unreachable' });
    expect(await saveMap('Bad Name', aChain('a'), { create: true }, { baseUrl: api.url })).toMatchObject({ kind: 'error', status: 400 });
  });
});
