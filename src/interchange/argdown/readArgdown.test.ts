// Argdown in and out: the round trip keeps every field, real Argdown files import with a report, errors say where.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasVisibleCharacter } from '../../model/hasVisibleCharacter.ts';
import { anyMap } from '../../model/testArbitraries.ts';
import { aClaim, aMap, aRelation } from '../../model/testBuilders.ts';
import { loadSeedMap } from '../../model/testSeedMap.ts';
import { readArgdown } from './readArgdown.ts';
import { writeArgdown } from './writeArgdown.ts';

async function roundTrip(map: Parameters<typeof writeArgdown>[0]) {
  const text = writeArgdown(map);
  const result = await readArgdown(text);
  if (!result.ok) throw new Error(`${result.problems.map((p) => p.message).join('\n')}\n${text}`);
  return result;
}

/** The first test also loads @argdown/core, which takes seconds on a loaded machine; a freeze still fails. */
const LOAD_GUARD_MS = 60_000;

describe('writeArgdown then readArgdown', () => {
  it('gives the seed map back, with nothing to report', async () => {
    const seed = loadSeedMap();
    const result = await roundTrip(seed);
    expect(result.map).toEqual(seed);
    expect(result.notes).toEqual([]);
  }, LOAD_GUARD_MS);

  it('gives any generated map back', async () => {
    await fc.assert(fc.asyncProperty(anyMap(), async (map) => {
      expect((await roundTrip(map)).map).toEqual(map);
    }), { numRuns: 60 });
  }, LOAD_GUARD_MS);

  it('keeps labels, texts, quotes and titles of any characters', async () => {
    const units = ['grapheme-ascii', 'grapheme', 'binary'] as const;
    const text = fc.oneof(...units.map((unit) => fc.string({ unit, minLength: 1, maxLength: 40 }))).filter(hasVisibleCharacter);
    await fc.assert(fc.asyncProperty(text, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 60 }), text, async (label, body, quote, title) => {
      const map = aMap([aClaim('a', { label, text: body, sources: [{ citation: title, quote }] }), aClaim('b')], [aRelation('a', 'b', { relation: 'motivates', label: title })], { meta: { title, summary: body } });
      expect((await roundTrip(map)).map).toEqual(map);
    }), { numRuns: 300 });
  }, LOAD_GUARD_MS);

  it('gives an empty map back', async () => {
    const map = aMap([], [], { meta: { title: 'Nothing yet' } });
    expect((await roundTrip(map)).map).toEqual(map);
  }, LOAD_GUARD_MS);

  it('keeps positions, dates, the story, the layout and a link order other than the lines', async () => {
    const map = aMap(
      [aClaim('a', { position: { x: -12.5, y: 1e21 }, date: '1950-06' }), aClaim('b', { kind: 'event', status: 'refuted' }), aClaim('c')],
      [aRelation('b', 'c', { relation: 'refutes' }), aRelation('a', 'c', { relation: 'supports', id: 'own-id' }), aRelation('a', 'c')],
      { layout: { direction: 'LR' }, story: [{ id: 'b', note: 'First' }, { id: 'a' }] },
    );
    expect((await roundTrip(map)).map).toEqual(map);
  });
});
