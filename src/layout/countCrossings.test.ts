import { describe, expect, it } from 'vitest';
import { countCrossings } from './countCrossings.ts';
import type { Point } from './types.ts';

const routes = (...lines: Point[][]) => ({ relations: Object.fromEntries(lines.map((points, i) => [`r${i}`, { id: `r${i}`, points }])) });

describe('countCrossings', () => {
  it('counts two routes forming an X once', () => {
    expect(countCrossings(routes([{ x: 0, y: 0 }, { x: 10, y: 10 }], [{ x: 10, y: 0 }, { x: 0, y: 10 }]))).toBe(1);
  });

  it('ignores routes that only share an end (relations leaving one handle)', () => {
    expect(countCrossings(routes([{ x: 5, y: 0 }, { x: 0, y: 10 }], [{ x: 5, y: 0 }, { x: 10, y: 10 }], [{ x: 5, y: 0 }, { x: 5, y: 10 }]))).toBe(0);
  });

  it('ignores parallel and collinear routes', () => {
    expect(countCrossings(routes([{ x: 0, y: 0 }, { x: 0, y: 10 }], [{ x: 0, y: 5 }, { x: 0, y: 20 }], [{ x: 3, y: 0 }, { x: 3, y: 10 }]))).toBe(0);
  });

  it('counts a route touching another in its middle', () => {
    expect(countCrossings(routes([{ x: 0, y: 0 }, { x: 10, y: 0 }], [{ x: 5, y: 0 }, { x: 5, y: 10 }]))).toBe(1);
  });

  it('counts each crossing point of a pair of polylines, including one at a bend', () => {
    const zigzag = [{ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 20 }, { x: 10, y: 30 }];
    expect(countCrossings(routes(zigzag, [{ x: 5, y: -5 }, { x: 5, y: 35 }]))).toBe(3);
    expect(countCrossings(routes(zigzag, [{ x: 0, y: 10 }, { x: 20, y: 10 }]))).toBe(1);
  });

  it('finds no crossings in a single route', () => {
    expect(countCrossings(routes([{ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 10, y: 0 }, { x: 0, y: 10 }]))).toBe(0);
  });
});
