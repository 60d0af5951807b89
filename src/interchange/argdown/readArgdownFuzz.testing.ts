// Fuzz properties of the Argdown importer, shared by its unit test and `npm run fuzz`: a map or located problems, never a throw.
import fc from 'fast-check';
import { checkResult } from '../../model/parseMapFuzz.testing.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { readArgdown } from './readArgdown.ts';
import { writeArgdown } from './writeArgdown.ts';

export interface AsyncFuzzProperty {
  name: string;
  weight: number;
  property: fc.IAsyncProperty<unknown[]>;
}

/** Pieces of Argdown's syntax (and YAML's, for data and front matter), so mutations reach the parser's edge cases. */
const ARGDOWN_PIECES = ['[', ']', ':', '<', '>', '+>', '->', '<+', '<-', '_>', '><', '\n', '\r\n', '  ', '\t', '{', '}', '"', '\\', '#', '@', '*', '_', '(1)', '----', '===', '//', '/*', '*/', '# ', 'a', '\u0000', '\uD800', '\u202E', '\uFEFF'];

async function check(text: string): Promise<void> {
  const result = await readArgdown(text);
  checkResult(result);
  if (!result.ok) {
    for (const problem of result.problems) {
      const at = /^line (\d+), column (\d+): /.exec(problem.message);
      if (at && Number(at[1]) > text.split(/\r\n|\r|\n/).length + 1) throw new Error(`line ${at[1]} is outside the text: ${problem.message}`);
    }
    return;
  }
  // What came in goes out and back unchanged: the importer's maps are ones the writer can hold.
  const again = await readArgdown(writeArgdown(result.map));
  if (!again.ok) throw new Error(`an imported map does not read back: ${again.problems[0]?.message}`);
  if (JSON.stringify(again.map) !== JSON.stringify(result.map)) throw new Error('an imported map changes when written and read again');
}

/** Mutations of a real map's Argdown text, and texts built from Argdown's pieces. */
export function argdownFuzzProperties(seed: ArgumentMap): AsyncFuzzProperty[] {
  const text = writeArgdown(seed);
  const edit = fc.tuple(fc.nat(text.length), fc.nat(40), fc.array(fc.constantFrom(...ARGDOWN_PIECES), { maxLength: 4 }));
  return [
    {
      name: 'mutated seed Argdown: a map or located problems',
      weight: 3,
      property: fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        let mutated = text;
        for (const [at, cut, pieces] of edits) mutated = mutated.slice(0, at) + pieces.join('') + mutated.slice(at + cut);
        await check(mutated);
      }),
    },
    {
      name: 'Argdown made of syntax pieces: a map or located problems',
      weight: 1,
      property: fc.asyncProperty(fc.array(fc.constantFrom(...ARGDOWN_PIECES), { maxLength: 60 }), async (pieces) => {
        await check(pieces.join(''));
      }),
    },
  ];
}
