import { describe, expect, it } from 'vitest';
import { aChain, aClaim, aMap } from '../testBuilders.ts';
import { pinClaims, setDirection, unpinClaims } from './layoutEdits.ts';

describe('pinClaims / unpinClaims', () => {
  it('pins at whole-pixel positions and unpins again', () => {
    const map = aChain('a', 'b');
    const pinned = pinClaims(map, { a: { x: 10.4, y: -3.6 }, zz: { x: 1, y: 1 } });
    expect(pinned.nodes[0]?.position).toEqual({ x: 10, y: -4 });
    expect(pinned.nodes[1]).toBe(map.nodes[1]);
    expect(map.nodes[0]?.position).toBeUndefined();
    const unpinned = unpinClaims(pinned, ['a']);
    expect(unpinned.nodes[0]).toEqual(aClaim('a'));
  });
  it('returns the same map when nothing moves', () => {
    const map = aMap([aClaim('a', { position: { x: 1, y: 2 } })]);
    expect(pinClaims(map, { a: { x: 1, y: 2 } })).toBe(map);
    expect(unpinClaims(aChain('a'), ['a'])).toEqual(aChain('a'));
    expect(pinClaims(map, { a: { x: Number.NaN, y: 2 } })).toBe(map);
  });
});

describe('setDirection', () => {
  it('sets the direction, treating a missing one as top to bottom', () => {
    const map = aChain('a');
    expect(setDirection(map, 'TB')).toBe(map);
    const lr = setDirection(map, 'LR');
    expect(lr.layout).toEqual({ direction: 'LR' });
    expect(map.layout).toBeUndefined();
  });
});
