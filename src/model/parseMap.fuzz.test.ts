// Fuzzing the load gate (1,000 cases here; `npm run fuzz` runs 100,000): a map or problems, never a throw or pollution.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap } from './parseMap.ts';
import { checkResult, parserFuzzProperties, runsFor } from './parseMapFuzz.testing.ts';
import { SEED_MAP_FILE } from './testSeedMap.ts';

const seedText = readFileSync(SEED_MAP_FILE, 'utf8');
const properties = parserFuzzProperties(seedText);
const runs = runsFor(properties, 1000);

describe('parseMap under fuzzing', () => {
  it('checks what it claims to: a polluted prototype, a missing problem or a bad path fail the check', () => {
    expect(() => checkResult({ ok: false, problems: [] })).toThrow('no problems');
    expect(() => checkResult({ ok: false, problems: [{ path: [-1], message: 'x' }] })).toThrow('path segment');
    expect(() => checkResult({ ok: false, problems: [{ path: [], message: ' ' }] })).toThrow('without a message');
    const polluted = JSON.parse('{"__proto__": {"x": 1}}') as object;
    expect(() => checkResult({ ok: true, map: polluted as never })).toThrow("kept the key __proto__");
    Object.defineProperty(Object.prototype, 'polluted', { value: 1, configurable: true });
    try {
      expect(() => checkResult(parseMap('{}'))).toThrow('prototype');
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
  });

  properties.forEach(({ name, property }, i) => {
    it(name, () => {
      fc.assert(property, { numRuns: runs[i] });
    });
  });
});
