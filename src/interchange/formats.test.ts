import { describe, expect, it } from 'vitest';
import { formatProblem } from '../model/problems.ts';
import { serializeMap } from '../model/serializeMap.ts';
import { aChain } from '../model/testBuilders.ts';
import { writeAif } from './aif/writeAif.ts';
import { FORMATS, readableExtensions, readerFor, readInterchange, writableFormats } from './formats.ts';

const map = aChain('a', 'b');

describe('the format registry', () => {
  it('lists each format once, with a label and at least one extension', () => {
    expect(new Set(FORMATS.map((f) => f.name)).size).toBe(FORMATS.length);
    for (const format of FORMATS) expect(format.label.length * format.extensions.length).toBeGreaterThan(0);
    expect(writableFormats().map((f) => f.name)).toEqual(expect.arrayContaining(['json', 'aif', 'mermaid', 'dot']));
  });

  it('tells a Causeway map from AIF by content, both being .json files', () => {
    expect(readerFor('map.json', serializeMap(map))?.name).toBe('json');
    expect(readerFor('graph.json', writeAif(map))?.name).toBe('aif');
    expect(readerFor('graph.aif.json', writeAif(map))?.name).toBe('aif');
    expect(readerFor('drawing.mmd', 'flowchart TB')).toBeNull();
    expect(readableExtensions()).toContain('.json');
  });

  it('reads both through the one load gate to the same map', async () => {
    const fromJson = await readInterchange('map.json', serializeMap(map));
    const fromAif = await readInterchange('map.json', writeAif(map));
    expect(fromJson.ok && serializeMap(fromJson.map)).toBe(serializeMap(map));
    expect(fromAif.ok && serializeMap(fromAif.map)).toBe(serializeMap(map));
  });

  it('says when a file is not what its name says: Argdown text in a .json file, a name no reader takes', async () => {
    const argdownAsJson = await readInterchange('debate.json', '[Claim]: Taxes should fall.\n  + <Growth>: It pays for itself.');
    expect(!argdownAsJson.ok && argdownAsJson.problems.map(formatProblem)).toEqual([expect.stringMatching(/^\(file\): not valid JSON at line 1, column \d+: /)]);
    const drawing = await readInterchange('drawing.mmd', 'flowchart TB');
    expect(!drawing.ok && drawing.problems.map(formatProblem)).toEqual([expect.stringMatching(/^\(file\): drawing\.mmd is a file Causeway writes but does not read \(it reads \.json/)]);
    const unnamed = await readInterchange('notes.txt', 'hello');
    expect(!unnamed.ok && unnamed.problems.map(formatProblem)).toEqual([expect.stringMatching(/^\(file\): not valid JSON at line 1, column 1/)]);
    expect(readerFor('graph.txt', writeAif(map))?.name).toBe('aif');
  });
});
