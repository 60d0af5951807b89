// Fuzz properties of the AIF reader, shared by its unit test and `npm run fuzz`: a map or problems with paths, never a throw.
import fc from 'fast-check';
import { parseJsonText } from '../../model/parseJsonText.ts';
import { checkResult, type FuzzProperty } from '../../model/parseMapFuzz.testing.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import type { ImportResult } from '../formats.ts';
import { readAifValue } from './readAif.ts';
import { writeAif } from './writeAif.ts';

const TYPES = ['I', 'RA', 'CA', 'MA', 'PA', 'L', 'TA', 'YA', 'X', ''];

/** Each import note names a place and says something. */
function checkImport(result: ImportResult): void {
  if (result.ok) {
    for (const note of result.notes) {
      if (typeof note.where !== 'string' || note.where === '' || typeof note.message !== 'string' || note.message.trim() === '') {
        throw new Error(`an import note without a place or a message: ${JSON.stringify(note)}`);
      }
    }
    checkResult({ ok: true, map: result.map });
  } else {
    checkResult(result);
  }
}

/** AIF-shaped graphs: nodes of every type (some unknown), edges between them, dangling ones and loops included. */
const aifGraph = fc.integer({ min: 0, max: 12 }).chain((n) =>
  fc.record({
    nodes: fc.array(
      fc.record({
        nodeID: fc.oneof(fc.nat(n + 2).map(String), fc.nat(n + 2)),
        text: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', ' ', '\u200B', 'w'.repeat(400), 'Bob says "x"', '__proto__')),
        type: fc.constantFrom(...TYPES),
      }),
      { maxLength: n },
    ),
    edges: fc.array(fc.record({ edgeID: fc.nat().map(String), fromID: fc.nat(n + 2).map(String), toID: fc.nat(n + 2).map(String) }), { maxLength: n * 2 }),
  }),
);

export function aifFuzzProperties(seed: ArgumentMap): FuzzProperty[] {
  const seedAif = writeAif(seed);
  return [
    {
      name: 'AIF reader: any JSON value',
      weight: 1,
      property: fc.property(fc.jsonValue(), (value) => checkImport(readAifValue(value, 'x.json'))),
    },
    {
      name: 'AIF reader: AIF-shaped graphs of every node type, with dangling edges and cycles',
      weight: 2,
      property: fc.property(aifGraph, fc.boolean(), (graph, ova) => checkImport(readAifValue(ova ? { AIF: graph, OVA: { nodes: [] } } : graph, 'x.json'))),
    },
    {
      name: "AIF reader: Causeway's AIF export of the seed map with text edits",
      weight: 1,
      property: fc.property(fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 8 }), insert: fc.constantFrom('', '"', '{', '}', ',', '1', 'null', '"RA"', '"I"', '"causes"') }), { minLength: 1, maxLength: 4 }), (edits) => {
        let text = seedAif;
        for (const { at, cut, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        // What aifFormat.read does, synchronously: the JSON gate, then the reader.
        const json = parseJsonText(text);
        checkImport(json.ok ? readAifValue(json.value, 'seed.json') : json);
      }),
    },
  ];
}
