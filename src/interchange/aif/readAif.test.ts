import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../model/problems.ts';
import { serializeMap } from '../../model/serializeMap.ts';
import { anyMap } from '../../model/testArbitraries.ts';
import { aClaim, aMap, aRelation } from '../../model/testBuilders.ts';
import { loadSeedMap } from '../../model/testSeedMap.ts';
import type { ImportResult } from '../formats.ts';
import { aifFormat } from './aifFormat.ts';
import { writeAif } from './writeAif.ts';

const read = (value: unknown, fileName = 'graph.json'): Promise<ImportResult> =>
  aifFormat.read?.(typeof value === 'string' ? value : JSON.stringify(value), { fileName }) as Promise<ImportResult>;

async function imported(value: unknown) {
  const result = await read(value);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result;
}

async function problems(value: unknown): Promise<string[]> {
  const result = await read(value);
  if (result.ok) throw new Error('the file was imported');
  return result.problems.map(formatProblem);
}

const I = (nodeID: string, text: string) => ({ nodeID, text, type: 'I', timestamp: '2012-04-12 18:18:26' });
const S = (nodeID: string, type: string, text = type) => ({ nodeID, text, type, timestamp: '' });
const E = (edgeID: string, fromID: string, toID: string) => ({ edgeID, fromID, toID, formEdgeID: null });

describe('AIF export and import', () => {
  it('gives back the same map: generated maps of every kind, status, date and relation', async () => {
    await fc.assert(
      fc.asyncProperty(anyMap(), async (map) => {
        expect((await imported(writeAif(map))).map).toEqual(map);
      }),
      { numRuns: 150 },
    );
  });

  it('gives back the seed map with its sources, texts, labels, story and layout', async () => {
    // The file's $schema pointer is written by serializeMap itself, so the saved files are compared.
    const seed = loadSeedMap();
    expect(serializeMap((await imported(writeAif(seed))).map)).toBe(serializeMap(seed));
  });

  it('writes plain AIFdb: I-nodes with the labels, an RA or CA node per link between its two claims', () => {
    const map = aMap([aClaim('a', { label: 'Rain' }), aClaim('b', { label: 'Wet' }), aClaim('c', { label: 'Dry' })], [
      aRelation('a', 'b', { relation: 'supports' }),
      aRelation('a', 'c', { relation: 'refutes' }),
    ]);
    const aif = JSON.parse(writeAif(map)) as { nodes: { nodeID: string; type: string; text: string }[]; edges: { fromID: string; toID: string }[] };
    expect(aif.nodes.map((n) => [n.nodeID, n.type, n.text])).toEqual([
      ['1', 'I', 'Rain'],
      ['2', 'I', 'Wet'],
      ['3', 'I', 'Dry'],
      ['4', 'RA', 'Default Inference'],
      ['5', 'CA', 'Default Conflict'],
    ]);
    expect(aif.edges.map((e) => `${e.fromID}>${e.toID}`)).toEqual(['1>4', '4>2', '1>5', '5>3']);
  });
});

describe('AIF import of files from other tools', () => {
  it('makes I-nodes claims, RA supports, CA refutes, with readable ids and the file name as title', async () => {
    const { map, notes } = await imported({
      nodes: [I('1', 'Taxes should fall'), I('2', 'Growth follows'), I('3', 'Deficits grow'), S('4', 'RA'), S('5', 'CA')],
      edges: [E('1', '2', '4'), E('2', '4', '1'), E('3', '3', '5'), E('4', '5', '1')],
    });
    expect(map.meta.title).toBe('graph');
    expect(map.nodes.map((c) => [c.id, c.label, c.kind, c.status])).toEqual([
      ['taxes-should-fall', 'Taxes should fall', 'claim', 'unassessed'],
      ['growth-follows', 'Growth follows', 'claim', 'unassessed'],
      ['deficits-grow', 'Deficits grow', 'claim', 'unassessed'],
    ]);
    expect(map.edges.map((r) => `${r.source} ${r.relation} ${r.target}`)).toEqual(['growth-follows supports taxes-should-fall', 'deficits-grow refutes taxes-should-fall']);
    expect(notes).toEqual([]);
  });

  it('imports an RA with several premises as a joint group and says so', async () => {
    const { map, notes } = await imported({ nodes: [I('1', 'C'), I('2', 'P1'), I('3', 'P2'), S('9', 'RA')], edges: [E('1', '2', '9'), E('2', '3', '9'), E('3', '9', '1')] });
    expect(map.edges.map((r) => `${r.source}>${r.target} ${r.joint}`)).toEqual(['p1>c ra-9', 'p2>c ra-9']);
    expect(notes).toEqual([{ where: 'nodes[3] (RA 9)', message: expect.stringContaining('2 premises that support only together') }]);
  });

  it('reads the scheme: cause to effect becomes causes, practical reasoning motivates', async () => {
    const { map } = await imported({
      nodes: [I('1', 'A'), I('2', 'B'), I('3', 'C'), S('4', 'RA', 'Argument From Cause To Effect'), S('5', 'RA', 'Practical Reasoning')],
      edges: [E('1', '1', '4'), E('2', '4', '2'), E('3', '2', '5'), E('4', '5', '3')],
    });
    expect(map.edges.map((r) => r.relation)).toEqual(['causes', 'motivates']);
  });

  it("makes a rephrase (MA) a support labelled 'restates', and notes it", async () => {
    const { map, notes } = await imported({ nodes: [I('1', 'A'), I('2', 'A again'), S('3', 'MA')], edges: [E('1', '2', '3'), E('2', '3', '1')] });
    expect(map.edges).toEqual([{ id: 'a-again-supports-a', source: 'a-again', target: 'a', relation: 'supports', label: 'restates' }]);
    expect(notes[0]?.message).toContain('rephrase (MA node)');
  });

  it('keeps a locution anchored by YA as a source of its claim and leaves TA and PA out with notes', async () => {
    const { map, notes } = await imported({
      nodes: [I('1', 'John took the course'), S('2', 'L', "Poostix says 'John took the course'"), S('3', 'YA', 'Asserting'), S('4', 'TA'), S('5', 'PA'), I('6', 'Other')],
      edges: [E('1', '2', '3'), E('2', '3', '1')],
      locutions: [{ nodeID: '2', personID: '1' }],
    });
    expect(map.nodes[0]?.sources).toEqual([{ citation: 'Poostix (AIF locution 2)', quote: "Poostix says 'John took the course'" }]);
    expect(notes.map((n) => `${n.where}: ${n.message}`)).toEqual([
      'nodes[1] (L 2): locution (L node) kept as a source of the claim it asserts, quoting its text',
      'nodes[3] (TA 4): transition between locutions (TA node): dialogue structure Causeway has no place for; left out',
      'nodes[4] (PA 5): preference (PA node): Causeway has no preferences between claims; left out',
    ]);
  });

  it('cuts a long text to a label at a word and keeps the whole as the claim text', async () => {
    const long = `${'word '.repeat(80)}end`;
    const { map, notes } = await imported({ nodes: [I('1', long)], edges: [] });
    const claim = map.nodes[0];
    expect(claim?.label.length).toBeLessThanOrEqual(280);
    expect(claim?.label.endsWith('word…')).toBe(true);
    expect(claim?.text).toBe(long);
    expect(notes[0]?.where).toBe('nodes[0] (I 1)');
  });

  it("uses OVA3's positions and reads its AIF part", async () => {
    const { map, notes } = await imported({
      AIF: { nodes: [I('1', 'A'), I('2', 'B'), S('3', 'RA')], edges: [E('1', '1', '3'), E('2', '3', '2')], locutions: [] },
      OVA: { firstname: '', surname: '', url: '', nodes: [{ nodeID: '1', visible: true, x: 10.4, y: 20 }, { nodeID: '2', visible: true, x: 300, y: 40 }], edges: [] },
    });
    expect(map.nodes.map((c) => c.position)).toEqual([{ x: 10, y: 20 }, { x: 300, y: 40 }]);
    expect(notes[0]?.message).toContain("OVA's positions kept for 2 claims");
  });
});

describe('bad AIF input: a clear message with its place', () => {
  it('names a dangling edge by its JSON path', async () => {
    expect(await problems({ nodes: [I('1', 'A'), S('2', 'RA')], edges: [E('1', '1', '2'), E('2', '2', '7')] })).toEqual([
      "edges[1].toID: '7' names no node (a dangling edge)",
    ]);
  });

  it('names the edge that closes a cycle through RA nodes', async () => {
    const found = await problems({ nodes: [I('1', 'A'), S('2', 'RA'), S('3', 'RA')], edges: [E('1', '1', '2'), E('2', '2', '3'), E('3', '3', '2')] });
    expect(found).toEqual(['edges[2]: closes a cycle through scheme nodes (RA 2 → RA 3 → RA 2): an inference cannot lead back to itself']);
  });

  it('refuses a claim that is its own premise through an RA node', async () => {
    const { map, notes } = await imported({ nodes: [I('1', 'A'), S('2', 'RA')], edges: [E('1', '1', '2'), E('2', '2', '1')] });
    expect(map.edges).toEqual([]);
    expect(notes[0]?.message).toContain('its own premise');
  });

  it('places paths inside an OVA file under AIF', async () => {
    expect(await problems({ AIF: { nodes: [{ nodeID: '1', text: 'A' }], edges: [] }, OVA: {} })).toEqual([
      "AIF.nodes[0].type: is missing or not text (AIF's node types are I, RA, CA, MA, PA, L, TA, YA)",
    ]);
  });

  it('says a JSON file that is not AIF is not AIF', async () => {
    expect(await problems({ hello: 1 })).toEqual(['(file): this is not AIF: an AIF file holds "nodes" and "edges" lists (AIFdb) or an "AIF" object (OVA)']);
  });

  it('gives line and column for text that is not JSON', async () => {
    expect(await problems('{"nodes": [\n  {"nodeID": 1,, }]}')).toEqual(['(file): not valid JSON at line 2, column 16: expected a property name in double quotes']);
  });

  it('refuses duplicate node ids', async () => {
    expect(await problems({ nodes: [I('1', 'A'), I('1', 'B')], edges: [] })).toEqual(["nodes[1].nodeID: '1' is already the nodeID of nodes[0]"]);
  });

  it('refuses more than 5,000 claims and more than 5 MB', async () => {
    const many = { nodes: Array.from({ length: 5001 }, (_, i) => I(String(i), `c${i}`)), edges: [] };
    expect(await problems(many)).toEqual(['nodes: holds 5001 I-nodes; a map holds at most 5000 claims']);
    const big = JSON.stringify({ nodes: [I('1', 'x'.repeat(5 * 1024 * 1024))], edges: [] });
    expect((await problems(big))[0]).toMatch(/^\(file\): the file has \d+ bytes; a map file may be at most 5 MB/);
  });

  it("names the AIF place of a Causeway field the load gate refuses", async () => {
    const aif = JSON.parse(writeAif(aMap([aClaim('a')]))) as { nodes: { causeway: { status: string } }[] };
    (aif.nodes[0] as { causeway: { status: string } }).causeway.status = 'maybe';
    expect(await problems(aif)).toEqual(["nodes[0].causeway.status: must be one of 'supported', 'refuted', 'contested' or 'unassessed', not the text \"maybe\""]);
  });
});
