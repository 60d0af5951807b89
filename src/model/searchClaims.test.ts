import { describe, expect, it } from 'vitest';
import { searchClaims } from './searchClaims.ts';
import { aClaim, aMap } from './testBuilders.ts';
import { loadSeedMap } from './testSeedMap.ts';

const source = (quote: string, citation = 'Wells 2009') => ({ citation, quote });

describe('searchClaims', () => {
  const map = aMap([
    aClaim('quote-only', { label: 'Archives opened', sources: [source('Stalin refused Kim’s repeated requests')] }),
    aClaim('text-only', { label: 'Reluctance', text: 'The records show that Stalin hesitated for months.' }),
    aClaim('label', { label: 'Stalin drove the invasion' }),
    aClaim('accents', { label: 'Détente was not an option' }),
    aClaim('other', { label: 'NATO integrated' }),
  ]);

  it('finds the query in labels, text and sources, label hits first, then file order', () => {
    const hits = searchClaims(map, 'stalin');
    expect(hits.map((h) => [h.id, h.field])).toEqual([
      ['label', 'label'],
      ['quote-only', 'source'],
      ['text-only', 'text'],
    ]);
  });

  it('ignores case and accents, and needs every word somewhere in the claim', () => {
    expect(searchClaims(map, 'DETENTE').map((h) => h.id)).toEqual(['accents']);
    expect(searchClaims(map, 'stalin months').map((h) => h.id)).toEqual(['text-only']);
    expect(searchClaims(map, 'stalin nato')).toEqual([]);
  });

  it('an empty or blank query finds nothing', () => {
    expect(searchClaims(map, '')).toEqual([]);
    expect(searchClaims(map, '   ')).toEqual([]);
    expect(searchClaims(map, ' - . ')).toEqual([]);
  });

  it('ignores punctuation: dashes and slashes part words, the rest joins them', () => {
    const seed = loadSeedMap();
    const found = (query: string) => searchClaims(seed, query).map((h) => h.id);
    expect(found('NSC-68')).toContain('nsc68-buildup');
    expect(found('nsc 68')).toEqual(found('NSC-68'));
    expect(found('US military presence')).toEqual(['us-presence-europe']);
    expect(found('Kims repeated')).toEqual(['stalin-reluctant']);
    expect(searchClaims(map, 'kim’s')[0]?.excerpt).toContain('Stalin refused Kim’s repeated requests');
  });

  it('shows the matching words in context for text and source hits', () => {
    const long = `${'Before the point. '.repeat(10)}Here Stalin agreed.${' After the point.'.repeat(10)}`;
    const [hit] = searchClaims(aMap([aClaim('x', { label: 'X', text: long })]), 'stalin agreed');
    expect(hit?.excerpt).toContain('Stalin agreed');
    expect(hit?.excerpt.startsWith('…')).toBe(true);
    expect(hit?.excerpt.endsWith('…')).toBe(true);
    expect(hit?.excerpt.length).toBeLessThanOrEqual(95);
  });

  it('finds the seed map’s claims about the archives by a quote word', () => {
    const seed = loadSeedMap();
    const hits = searchClaims(seed, 'archiv');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(seed.nodes.some((c) => c.id === hit.id)).toBe(true);
  });
});
