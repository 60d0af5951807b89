// Broken, oversized and overfull Argdown: a problem that says where, never a throw or a half-read map.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../model/schema.ts';
import { MAX_ARGDOWN_BYTES, readArgdown } from './readArgdown.ts';

async function problemsOf(text: string): Promise<string[]> {
  const result = await readArgdown(text);
  return result.ok ? [] : result.problems.map((p) => p.message);
}

/** Loading @argdown/core takes seconds on a loaded machine; a freeze still fails. */
const LOAD_GUARD_MS = 60_000;

describe('readArgdown on bad input', () => {
  it('places a syntax error at its line and column', async () => {
    expect(await problemsOf('[a]: A\n  +> [b]: B\n\n[c]: an _italic run\n')).toEqual([expect.stringMatching(/^line 4, column \d+: Incomplete italic text range/)]);
  }, LOAD_GUARD_MS);

  it('places a broken data block at its line and column', async () => {
    expect(await problemsOf('[a]: A\n\n[b]: B {kind: [event}\n')).toEqual([expect.stringMatching(/^line 3, column \d+: the data cannot be read as YAML/)]);
  }, LOAD_GUARD_MS);

  it('places a field the map cannot hold at the claim\'s line', async () => {
    expect(await problemsOf('[a]: A\n\n[b]: B {kind: evnt}\n')).toEqual(["line 3, column 1: claim kind must be one of 'event', 'claim', 'assumption' or 'evidence', not the text \"evnt\""]);
  }, LOAD_GUARD_MS);

  it('refuses more than 5 MB before parsing', async () => {
    const text = `[a]: ${'x'.repeat(MAX_ARGDOWN_BYTES)}\n`;
    expect(await problemsOf(text)).toEqual(['the text is 5.0 MB; Causeway reads Argdown up to 5 MB']);
  }, LOAD_GUARD_MS);

  it(`refuses more than ${LIMITS.claims} claims with the gate's own message`, async () => {
    const text = Array.from({ length: LIMITS.claims + 1 }, (_, i) => `[c${i}]: Claim ${i}`).join('\n\n');
    expect(await problemsOf(text)).toEqual([`nodes: a map holds at most ${LIMITS.claims} nodes`]);
  }, LOAD_GUARD_MS);

  it('reads an empty text as a map with no claims and says it has no title', async () => {
    const result = await readArgdown('');
    expect(result.ok && result.map.nodes).toEqual([]);
    expect(result.ok && result.notes.map((n) => n.where)).toEqual(['front matter']);
  }, LOAD_GUARD_MS);
});
