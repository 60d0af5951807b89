// The file form: stable key order whatever the input order, 2-space indent, newline at the end, and a lossless round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMap } from './parseMap.ts';
import { type ArgumentMap, SCHEMA_REF } from './schema.ts';
import { serializeMap } from './serializeMap.ts';
import { aClaim, aMap, aRelation } from './testBuilders.ts';
import { hasVisibleCharacter } from './hasVisibleCharacter.ts';

function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
}

const sample: ArgumentMap = aMap(
  [
    aClaim('invasion', {
      kind: 'event',
      status: 'supported',
      date: '1950-06-25',
      text: 'North Korea invades.',
      sources: [{ citation: 'Wells 2009', quote: 'The North Korean invasion', locator: 'para. 1' }],
      position: { x: 10, y: -20.5 },
    }),
    aClaim('buildup'),
  ],
  [aRelation('invasion', 'buildup', { label: 'stimulated' })],
  { meta: { title: 'T', summary: 'S', source: { author: 'Samuel Wells', title: 'The Korean War', place: 'Geneva' } }, layout: { direction: 'LR' } },
);

describe('serializeMap', () => {
  it('writes the same text whatever order the keys arrive in', () => {
    expect(serializeMap(reversedKeys(sample) as ArgumentMap)).toBe(serializeMap(sample));
  });

  it('puts keys in reading order: header first, ids before content, nodes before edges', () => {
    const text = serializeMap(reversedKeys(sample) as ArgumentMap);
    const order = (keys: string[]) => keys.map((key) => text.indexOf(`"${key}":`));
    const ascending = (positions: number[]) => expect(positions).toEqual([...positions].sort((a, b) => a - b));
    ascending(order(['$schema', 'format', 'version', 'meta', 'layout', 'nodes', 'edges']));
    ascending(order(['id', 'kind', 'label', 'text', 'status', 'date', 'sources', 'position']));
    ascending(order(['citation', 'quote', 'locator']));
  });

  it('indents by two spaces, ends with one newline and always names the JSON Schema', () => {
    const text = serializeMap(sample);
    expect(text.startsWith(`{\n  "$schema": "${SCHEMA_REF}",\n  "format": "causeway-map",\n`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('leaves out fields that are undefined rather than writing null', () => {
    const text = serializeMap(aMap([aClaim('a', { text: undefined, date: undefined })]));
    expect(text).not.toContain('"text"');
    expect(text).not.toContain('null');
  });

  it('round-trips through parseMap without loss, and is stable on a second pass', () => {
    const once = serializeMap(sample);
    const loaded = parseMap(once);
    expect(loaded).toEqual({ ok: true, map: { ...sample, $schema: SCHEMA_REF } });
    if (loaded.ok) expect(serializeMap(loaded.map)).toBe(once);
  });

  it('round-trips any valid chain of claims with arbitrary labels and positions', () => {
    const claim = fc.record({
      // A label must show something (hasVisibleCharacter); one of only spaces is refused, not round-tripped.
      label: fc.string({ minLength: 1, maxLength: 60 }).filter(hasVisibleCharacter),
      x: fc.double({ noNaN: true, noDefaultInfinity: true }),
      y: fc.integer(),
    });
    fc.assert(
      fc.property(fc.array(claim, { minLength: 1, maxLength: 6 }), (claims) => {
        const ids = claims.map((_, i) => `c${i}`);
        const map = aMap(
          claims.map((c, i) => aClaim(ids[i] as string, { label: c.label, position: { x: c.x, y: c.y } })),
          ids.slice(1).map((id, i) => aRelation(ids[i] as string, id)),
        );
        const text = serializeMap(map);
        const loaded = parseMap(text);
        expect(loaded.ok).toBe(true);
        if (loaded.ok) expect(serializeMap(loaded.map)).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
