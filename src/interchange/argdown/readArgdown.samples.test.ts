// The Argdown project's own examples and parser inputs (../shared): each imports without an exception, with a report.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeWithShared } from '../../testing/sharedDataTests.ts';
import { readArgdown } from './readArgdown.ts';

/** The first file also loads @argdown/core, which takes seconds on a loaded machine. */
const LOAD_GUARD_MS = 60_000;

describeWithShared('readArgdown on the Argdown project\'s files', 'interchange-samples/argdown', (dir) => {
  const files = readdirSync(dir).filter((name) => name.endsWith('.argdown'));

  it('finds the 38 Argdown files (the 39th is their licence)', () => {
    expect(files).toHaveLength(38);
  });

  for (const name of files) {
    it(`imports ${name}`, async () => {
      const result = await readArgdown(readFileSync(path.join(dir, name), 'utf8'));
      // The example debates are meant to be read; only the parser's own test inputs may be broken on purpose.
      if (name.startsWith('examples__') && !result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
      if (result.ok) {
        expect(result.map.nodes.length + result.notes.length).toBeGreaterThan(0);
      } else {
        // A parser test input may be broken on purpose; its report still says where.
        expect(result.problems.every((p) => /^line \d+, column \d+: /.test(p.message))).toBe(true);
      }
    }, LOAD_GUARD_MS);
  }

  it('brings in a debate a person would recognise: the veggie debate\'s statements, arguments and attacks', async () => {
    const result = await readArgdown(readFileSync(path.join(dir, 'packages__argdown-core__test__veggie_debate.argdown'), 'utf8'));
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    expect(result.map.nodes.length).toBeGreaterThan(20);
    expect(result.map.edges.some((e) => e.relation === 'refutes')).toBe(true);
    expect(result.notes.some((n) => n.message.startsWith('argument <'))).toBe(true);
  }, LOAD_GUARD_MS);
});
