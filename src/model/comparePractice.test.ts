import { describe, expect, it } from 'vitest';
import { comparePractice } from './comparePractice.ts';
import { aClaim, aMap } from './testBuilders.ts';

describe('comparePractice', () => {
  const map = aMap([aClaim('a', { status: 'refuted' }), aClaim('b', { status: 'supported' }), aClaim('c', { status: 'contested' })]);

  it('sorts the claims into agreeing, differing and unmarked, in file order, with a score over all claims', () => {
    expect(comparePractice(map, { b: 'refuted', a: 'refuted', ghost: 'supported' })).toEqual({
      agree: ['a'],
      differ: [{ id: 'b', expected: 'supported', given: 'refuted' }],
      unmarked: ['c'],
      score: { correct: 1, total: 3 },
    });
  });

  it('scores full marks only when every claim agrees', () => {
    expect(comparePractice(map, { a: 'refuted', b: 'supported', c: 'contested' }).score).toEqual({ correct: 3, total: 3 });
    expect(comparePractice(map, {}).unmarked).toEqual(['a', 'b', 'c']);
  });
});
