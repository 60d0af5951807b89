// The export command with the interchange formats: AIF read in, every registered text format written out.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readAifValue } from '../interchange/aif/readAif.ts';
import { writeAif } from '../interchange/aif/writeAif.ts';
import { parseMap } from '../model/parseMap.ts';
import { serializeMap } from '../model/serializeMap.ts';
import { loadSeedMap, SEED_MAP_FILE } from '../model/testSeedMap.ts';
import { EXIT } from './runExport.ts';
import { runCaptured as run } from './runExportCapture.testing.ts';
import { outputFormatNames } from './outputFormats.ts';

vi.setConfig({ testTimeout: 30_000 });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'causeway-interchange-'));
  await writeFile(path.join(dir, 'graph.json'), JSON.stringify({
    nodes: [
      { nodeID: '1', text: 'Taxes should fall', type: 'I' },
      { nodeID: '2', text: 'Growth follows', type: 'I' },
      { nodeID: '3', text: 'Jobs follow', type: 'I' },
      { nodeID: '4', text: 'RA', type: 'RA' },
    ],
    edges: [{ edgeID: '1', fromID: '2', toID: '4' }, { edgeID: '2', fromID: '3', toID: '4' }, { edgeID: '3', fromID: '4', toID: '1' }],
  }));
  await writeFile(path.join(dir, 'dangling.json'), JSON.stringify({ nodes: [{ nodeID: '1', text: 'A', type: 'I' }], edges: [{ edgeID: '1', fromID: '1', toID: '9' }] }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('export CLI with the interchange formats', () => {
  it('lists every registered text format in --help and --format', async () => {
    expect(outputFormatNames()).toEqual(expect.arrayContaining(['svg', 'png', 'pdf', 'json', 'aif', 'mermaid', 'dot']));
    expect((await run('--help')).out.join('\n')).toContain(outputFormatNames().join(', '));
  });

  it('writes the seed map as AIF, Mermaid and DOT; the AIF file reads back as the same map', async () => {
    const out = path.join(dir, 'text');
    const result = await run(SEED_MAP_FILE, '--format', 'aif,mermaid,dot', '--out', out);
    expect(result.code).toBe(EXIT.ok);
    expect(result.err).toEqual([]);
    expect(result.out.map((line) => line.split(/\s{2}/).slice(0, 2).map((p) => path.basename(p)))).toEqual([
      ['korean-war-escalation.aif.json', 'aif'],
      ['korean-war-escalation.mmd', 'mermaid'],
      ['korean-war-escalation.dot', 'dot'],
    ]);
    const aif = JSON.parse(await readFile(path.join(out, 'korean-war-escalation.aif.json'), 'utf8')) as unknown;
    const back = readAifValue(aif, 'korean-war-escalation.aif.json');
    expect(back.ok && serializeMap(back.map)).toBe(serializeMap(loadSeedMap()));
    expect(await readFile(path.join(out, 'korean-war-escalation.mmd'), 'utf8')).toMatch(/^flowchart TB\n/);
    expect(await readFile(path.join(out, 'korean-war-escalation.dot'), 'utf8')).toMatch(/^digraph /);
  });

  it('reads an AIF file, prints its import notes and writes it as a Causeway map and an SVG', async () => {
    const out = path.join(dir, 'fromAif');
    const result = await run(path.join(dir, 'graph.json'), '--format', 'json,svg', '--out', out);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out[0]).toMatch(/graph\.json: imported, 1 note:$/);
    expect(result.out[1]).toContain('nodes[3] (RA 4): 2 premises that support only together');
    expect((await readdir(out)).sort()).toEqual(['graph.json', 'graph.svg']);
    const map = parseMap(await readFile(path.join(out, 'graph.json'), 'utf8'));
    expect(map.ok && map.map.edges.map((r) => `${r.source} ${r.relation} ${r.target}`)).toEqual([
      'growth-follows supports taxes-should-fall',
      'jobs-follow supports taxes-should-fall',
    ]);
  });

  it('reads what it writes: an AIF export exported again as JSON is the map file', async () => {
    const out = path.join(dir, 'again');
    await writeFile(path.join(dir, 'seed.aif.json'), writeAif(loadSeedMap()));
    const result = await run(path.join(dir, 'seed.aif.json'), '--format', 'json', '--out', out);
    expect(result.code).toBe(EXIT.ok);
    expect(await readFile(path.join(out, 'seed.json'), 'utf8')).toBe(serializeMap(loadSeedMap()));
  });

  it('exits 1 and names the JSON path of a broken AIF file, exporting the others', async () => {
    const out = path.join(dir, 'broken');
    const result = await run(path.join(dir, 'dangling.json'), SEED_MAP_FILE, '--format', 'mermaid', '--out', out);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toEqual([expect.stringMatching(/dangling\.json: not exported, 1 problem:$/), "  edges[0].toID: '9' names no node (a dangling edge)"]);
    expect(await readdir(out)).toEqual(['korean-war-escalation.mmd']);
  });
});
