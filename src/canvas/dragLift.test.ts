// liftedClaims: a drag of a few claims lifts them onto layers of their own; a big one does not.
import { describe, expect, it } from 'vitest';
import { LIFT_AT_MOST, liftedClaims } from './dragLift.ts';

const dragging = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`c${i}`, { x: i, y: 0 }]));

describe('liftedClaims', () => {
  it('lifts nothing when nothing is dragged', () => {
    expect(liftedClaims(null)).toBeNull();
    expect(liftedClaims({})).toBeNull();
  });

  it('lifts the dragged claims of a small drag', () => {
    expect([...(liftedClaims(dragging(1)) ?? [])]).toEqual(['c0']);
    expect(liftedClaims(dragging(LIFT_AT_MOST))?.size).toBe(LIFT_AT_MOST);
  });

  it('lifts none of a drag of more claims than that', () => {
    expect(liftedClaims(dragging(LIFT_AT_MOST + 1))).toBeNull();
  });
});
