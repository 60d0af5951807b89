import { describe, expect, it } from 'vitest';
import { routeMatches } from './routeMatches.ts';

describe('routeMatches', () => {
  const route = [{ x: 10, y: 20 }, { x: 15, y: 60 }, { x: 10, y: 100 }];

  it('accepts a route whose ends sit at the handles', () => {
    expect(routeMatches(route, { x: 11, y: 22 }, { x: 10, y: 97 }, 6)).toBe(true);
  });

  it('rejects a route once a box has moved away from it', () => {
    expect(routeMatches(route, { x: 80, y: 20 }, { x: 10, y: 100 }, 6)).toBe(false);
    expect(routeMatches(route, { x: 10, y: 20 }, { x: 10, y: 140 }, 6)).toBe(false);
  });

  it('rejects a route too short to draw', () => {
    expect(routeMatches(route.slice(0, 1), { x: 10, y: 20 }, { x: 10, y: 20 }, 6)).toBe(false);
    expect(routeMatches([], { x: 0, y: 0 }, { x: 0, y: 0 }, 6)).toBe(false);
  });
});
