import { describe, expect, it } from 'vitest';
import { layoutMap } from '../layout/layoutMap.ts';
import { addClaim, deleteClaims, updateClaim } from '../model/edits/claimEdits.ts';
import { addRelation } from '../model/edits/relationEdits.ts';
import { aChain } from '../model/testBuilders.ts';
import { groupOffset, holdLayout, nearestFreeSpot, PLACE_GAP, positionsOf } from './holdLayout.ts';

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error('edit refused');
  return result as Extract<T, { ok: true }>;
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('holdLayout', () => {
  const map = aChain('a', 'b', 'c');
  const first = layoutMap(map);
  const held = positionsOf(first);

  it('draws an unchanged map exactly as laid out, bends included', () => {
    expect(holdLayout(map, first, held, 'TB')).toEqual(first);
  });

  it('places a new linked claim beside its context without moving the rest', () => {
    const added = ok(addClaim(map, { label: 'Beside c' }));
    const linked = ok(addRelation(added.map, { source: 'c', target: added.id }));
    const next = holdLayout(linked.map, first, held, 'TB');
    for (const id of ['a', 'b', 'c']) expect(next.claims[id]).toEqual(first.claims[id]);
    const box = next.claims[added.id];
    const c = first.claims.c;
    expect(box && c && box.y).toBeGreaterThan((c?.y ?? 0) + (c?.height ?? 0));
    for (const other of Object.values(first.claims)) expect(box && overlap(box, other)).toBe(false);
    expect(next.relations['a-causes-b']).toEqual(first.relations['a-causes-b']);
  });

  it('keeps held places for claims that come back and refits a relabelled box', () => {
    const without = holdLayout(deleteClaims(map, ['b']), first, held, 'TB');
    expect(without.claims.b).toBeUndefined();
    const back = holdLayout(map, without, held, 'TB');
    expect(back.claims.b).toEqual(first.claims.b);
    const relabelled = holdLayout(ok(updateClaim(map, 'b', { label: 'A much longer label for b that wraps over lines' })).map, first, held, 'TB');
    expect(relabelled.claims.b?.x).toBe(first.claims.b?.x);
    expect(relabelled.claims.b?.labelLines.length).toBeGreaterThan(1);
  });

  it('puts a pinned claim at its position', () => {
    const pinned = { ...map, nodes: map.nodes.map((c) => (c.id === 'a' ? { ...c, position: { x: -300, y: 7 } } : c)) };
    const next = holdLayout(pinned, first, held, 'TB');
    expect(next.claims.a).toMatchObject({ x: -300, y: 7 });
    expect(next.relations['a-causes-b']?.points[0]?.y).toBeGreaterThan(7);
  });
});

describe('groupOffset', () => {
  const box = (x: number, y: number) => ({ x, y, width: 100, height: 50 });

  it('moves a group sideways by its own width and a gap, down in LR', () => {
    const group = [box(0, 0), box(150, 0)];
    expect(groupOffset(group, group, 'TB')).toEqual({ x: 250 + PLACE_GAP / 2, y: 0 });
    expect(groupOffset(group, group, 'LR')).toEqual({ x: 0, y: 50 + PLACE_GAP / 2 });
  });

  it('tries the other side, then further, until the whole group is clear', () => {
    const group = [box(0, 0)];
    const step = 100 + PLACE_GAP / 2;
    const right = box(step, 0);
    expect(groupOffset(group, [...group, right], 'TB')).toEqual({ x: -step, y: 0 });
    const left = box(-step, 0);
    expect(groupOffset(group, [...group, right, left], 'TB')).toEqual({ x: 2 * step, y: 0 });
  });
});

describe('nearestFreeSpot', () => {
  const size = { width: 100, height: 50 };
  const box = (x: number, y: number) => ({ x, y, ...size });

  it('keeps the spot asked for when it is free', () => {
    expect(nearestFreeSpot({ x: 0, y: 0 }, size, [box(500, 500)])).toEqual({ x: 0, y: 0 });
  });

  it('leaves a busy row for the gap above or below it, not for the far end of the row', () => {
    const row = Array.from({ length: 9 }, (_, i) => box(-600 + i * 150, 0));
    const spot = nearestFreeSpot({ x: 0, y: 0 }, size, row);
    expect(Math.abs(spot.x)).toBeLessThan(150);
    expect(Math.abs(spot.y)).toBe(50 + PLACE_GAP / 2);
  });
});
