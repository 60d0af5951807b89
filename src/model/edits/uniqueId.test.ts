import { describe, expect, it } from 'vitest';
import { LIMITS } from '../schema.ts';
import { slugify, uniqueId } from './uniqueId.ts';

describe('slugify', () => {
  it('makes a lowercase hyphenated slug from a label', () => {
    expect(slugify('North Korea invades the South (25 June 1950)', 'node')).toBe('north-korea-invades-the-south-25-june-1950');
  });
  it('drops accents and punctuation', () => {
    expect(slugify('  Ça marche — déjà vu!  ', 'node')).toBe('ca-marche-deja-vu');
  });
  it('falls back when nothing usable is left', () => {
    expect(slugify('!!! 🙂', 'node')).toBe('node');
  });
  it('cuts long labels at a word boundary with room for a suffix', () => {
    const slug = slugify('word '.repeat(60), 'node');
    expect(slug.length).toBeLessThanOrEqual(LIMITS.idLength - 6);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('uniqueId', () => {
  it('keeps a free stem and numbers a taken one', () => {
    expect(uniqueId('a', new Set())).toBe('a');
    expect(uniqueId('a', new Set(['a', 'a-2']))).toBe('a-3');
  });
});
