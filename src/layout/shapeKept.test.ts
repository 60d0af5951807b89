import { describe, expect, it } from 'vitest';
import { shapeChange } from './shapeKept.ts';
import type { ClaimBox, MapLayout } from './types.ts';

const box = (id: string, x: number, y: number): ClaimBox => ({ id, x, y, width: 100, height: 40 }) as ClaimBox;
const layout = (...boxes: ClaimBox[]): MapLayout => ({
  direction: 'TB',
  claims: Object.fromEntries(boxes.map((b) => [b.id, b])),
  relations: {},
  bounds: { x: 0, y: 0, width: 0, height: 0 },
});

describe('shapeChange', () => {
  it('counts nothing when the whole drawing slid', () => {
    const before = layout(box('a', 0, 0), box('b', 200, 0), box('c', 0, 100));
    const after = layout(box('a', 500, 300), box('b', 700, 300), box('c', 500, 400));
    expect(shapeChange(before, after, new Set())).toEqual({ compared: 3, moved: 0, share: 0 });
  });

  it('counts a claim that moved more than its box width relative to the rest, and not one that moved less', () => {
    const before = layout(box('a', 0, 0), box('b', 200, 0), box('c', 400, 0), box('d', 600, 0), box('e', 800, 0));
    const after = layout(box('a', 0, 0), box('b', 290, 0), box('c', 550, 0), box('d', 600, 0), box('e', 800, 0));
    const change = shapeChange(before, after, new Set());
    expect(change.moved).toBe(1);
    expect(change.share).toBe(0.2);
  });

  it('leaves out the claims the edit touched and those it deleted', () => {
    const before = layout(box('a', 0, 0), box('b', 200, 0), box('gone', 400, 0));
    const after = layout(box('a', 0, 0), box('b', 900, 0), box('new', 400, 0));
    expect(shapeChange(before, after, new Set(['b']))).toEqual({ compared: 1, moved: 0, share: 0 });
  });
});
