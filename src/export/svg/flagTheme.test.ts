// Flag tags fit the box they hang from: with words where there is room, as icons alone on a narrow box.
import { describe, expect, it } from 'vitest';
import { MIN_WIDTH } from '../../layout/nodeMetrics.ts';
import { CLAIM_FLAG_KINDS, type ClaimFlagKind } from '../../model/evaluateMap.ts';
import { flagTagPlaces, type TagPlace } from './flagTheme.ts';

const subsets: ClaimFlagKind[][] = [[], ...CLAIM_FLAG_KINDS.map((f) => [f]), CLAIM_FLAG_KINDS.slice(0, 2), [...CLAIM_FLAG_KINDS]];
const right = (places: { flags: TagPlace[]; why: TagPlace | null }) => Math.max(0, ...[...places.flags, ...(places.why ? [places.why] : [])].map((p) => p.x + p.width));

describe('flagTagPlaces', () => {
  it('keeps every tag inside the narrowest box, with or without the Why? tag', () => {
    for (const flags of subsets) {
      for (const withWhy of [true, false]) expect(right(flagTagPlaces(flags, withWhy, MIN_WIDTH)), flags.join()).toBeLessThanOrEqual(MIN_WIDTH);
    }
  });

  it('writes the words where they fit, and shrinks all tags of a box to icons together where they do not', () => {
    const all = flagTagPlaces(CLAIM_FLAG_KINDS, true, MIN_WIDTH);
    expect(all.flags.every((p) => !p.word)).toBe(true);
    expect(all.why?.word).toBe(true);
    const wide = flagTagPlaces(CLAIM_FLAG_KINDS, true, 600);
    expect(wide.flags.every((p) => p.word)).toBe(true);
    expect(right(wide)).toBeGreaterThan(MIN_WIDTH);
    expect(flagTagPlaces(['inTension'], false, MIN_WIDTH).flags[0]?.word).toBe(true);
  });

  it('places tags left to right without overlap', () => {
    const { flags, why } = flagTagPlaces(CLAIM_FLAG_KINDS, true, MIN_WIDTH);
    const row = [...flags, ...(why ? [why] : [])];
    for (let i = 1; i < row.length; i++) expect((row[i] as TagPlace).x).toBeGreaterThan((row[i - 1] as TagPlace).x + (row[i - 1] as TagPlace).width);
  });

  it('gives the legend (no box) the words always', () => {
    expect(flagTagPlaces(CLAIM_FLAG_KINDS, false).flags.every((p) => p.word)).toBe(true);
  });
});
