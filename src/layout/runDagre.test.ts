// Tests for runDagre: relations that cross a layer of claims bend there, and the drawing starts at the claims.
import { describe, expect, it } from 'vitest';
import { aClaim, aRelation } from '../model/testBuilders.ts';
import { runDagre } from './runDagre.ts';
import type { ClaimBox } from './types.ts';

const claims = ['a', 'b', 'c'].map((id) => aClaim(id));
const relations = [aRelation('a', 'b'), aRelation('b', 'c'), aRelation('a', 'c')];

describe('runDagre', () => {
  it.each(['TB', 'LR'] as const)('routes a relation past the layer it crosses through bend points (%s)', (direction) => {
    const laid = runDagre({ claims, relations }, direction);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => laid.claims[id] as ClaimBox);
    const along = direction === 'TB' ? 'y' : 'x';
    const size = direction === 'TB' ? 'height' : 'width';
    const long = laid.relations[(relations[2] as { id: string }).id]?.points ?? [];
    // Its start and end, and where it enters and leaves the middle layer's band.
    expect(long).toHaveLength(4);
    expect(long[1]?.[along]).toBe((b as ClaimBox)[along]);
    expect(long[2]?.[along]).toBe((b as ClaimBox)[along] + (b as ClaimBox)[size]);
    expect((a as ClaimBox)[along]).toBeLessThan((b as ClaimBox)[along]);
    expect((b as ClaimBox)[along]).toBeLessThan((c as ClaimBox)[along]);
  });

  it('puts the claims’ top-left corner at 0 even when a bend point lies further out', () => {
    // a's relations to d and e pass left of b, beside c: dagre's top-left is that bend point's.
    const fan = ['a', 'b', 'c', 'd', 'e'].map((id) => aClaim(id));
    const links = [aRelation('a', 'b'), aRelation('a', 'c'), aRelation('a', 'd'), aRelation('a', 'e'), aRelation('b', 'd'), aRelation('b', 'e')];
    const laid = runDagre({ claims: fan, relations: links }, 'TB');
    const bends = Object.values(laid.relations).flatMap((r) => r.points.slice(1, -1));
    expect(Math.min(...bends.map((p) => p.x))).toBeLessThan(0);
    const boxes = Object.values(laid.claims);
    expect(Math.min(...boxes.map((box) => box.x))).toBe(0);
    expect(Math.min(...boxes.map((box) => box.y))).toBe(0);
  });
});
