import { describe, expect, it } from 'vitest';
import { routeMidpoint, routePath } from './routePath.ts';

describe('routePath', () => {
  it('draws two points as a straight line', () => {
    expect(routePath([{ x: 0, y: 0 }, { x: 10, y: 20 }])).toBe('M0 0L10 20');
  });

  it('starts and ends exactly on the first and last points, bending smoothly between', () => {
    const d = routePath([{ x: 0, y: 0 }, { x: 60, y: 30 }, { x: 0, y: 60 }]);
    expect(d.startsWith('M0 0L10 5C')).toBe(true);
    expect(d.endsWith('L0 60')).toBe(true);
    expect(d.match(/C/g)).toHaveLength(2);
  });

  it('uses one curve segment per inner point plus one', () => {
    const points = Array.from({ length: 6 }, (_, i) => ({ x: i * 10, y: (i % 2) * 15 }));
    expect(routePath(points).match(/C/g)).toHaveLength(5);
  });

  it('prints numbers with at most two decimals and no -0', () => {
    expect(routePath([{ x: 1 / 3, y: -0 }, { x: -0.0001, y: 2.006 }])).toBe('M0.33 0L0 2.01');
  });

  it('draws nothing for an empty route', () => {
    expect(routePath([])).toBe('');
  });
});

describe('routeMidpoint', () => {
  it('is halfway along the polyline', () => {
    expect(routeMidpoint([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 30 }])).toEqual({ x: 10, y: 10 });
  });
});
