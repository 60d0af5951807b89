import { describe, expect, it } from 'vitest';
import { aClaim, aMap, aRelation } from './testBuilders.ts';
import { hiddenByFilter, isFiltering, NO_FILTER } from './viewFilter.ts';

describe('hiddenByFilter', () => {
  const map = aMap(
    [aClaim('e1', { kind: 'event' }), aClaim('e2', { kind: 'event' }), aClaim('ev', { kind: 'evidence' }), aClaim('far', { kind: 'claim' })],
    [aRelation('e1', 'e2'), aRelation('ev', 'e1', { relation: 'refutes' }), aRelation('e2', 'far', { relation: 'supports' })],
  );

  it('hides nothing without a filter', () => {
    const hidden = hiddenByFilter(map, NO_FILTER);
    expect(hidden.claims.size + hidden.relations.size).toBe(0);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('hiding a kind hides its claims and every link touching them, and nothing else', () => {
    const hidden = hiddenByFilter(map, { ...NO_FILTER, hiddenKinds: ['evidence'] });
    expect([...hidden.claims]).toEqual(['ev']);
    expect([...hidden.relations]).toEqual(['ev-refutes-e1']);
  });

  it('hiding a relation kind hides those links only', () => {
    const hidden = hiddenByFilter(map, { ...NO_FILTER, hiddenRelations: ['supports'] });
    expect(hidden.claims.size).toBe(0);
    expect([...hidden.relations]).toEqual(['e2-supports-far']);
  });

  it('focus keeps the claim and its neighbours N links away', () => {
    const one = hiddenByFilter(map, { ...NO_FILTER, focus: { id: 'e1', depth: 1 } });
    expect([...one.claims]).toEqual(['far']);
    expect([...one.relations]).toEqual(['e2-supports-far']);
    const two = hiddenByFilter(map, { ...NO_FILTER, focus: { id: 'e1', depth: 2 } });
    expect(two.claims.size).toBe(0);
  });

  it('a focus on a claim that no longer exists hides nothing', () => {
    expect(hiddenByFilter(map, { ...NO_FILTER, focus: { id: 'gone', depth: 1 } }).claims.size).toBe(0);
  });
});
