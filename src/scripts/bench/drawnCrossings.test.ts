import { describe, expect, it } from 'vitest';
import { countDrawnCrossings, flattenCubic } from './drawnCrossings.ts';

const edge = (source: string, target: string, ...xy: number[][]) => ({ source, target, points: xy.map(([x, y]) => ({ x: x as number, y: y as number })) });

describe('countDrawnCrossings', () => {
  it('counts an X between edges with four different ends once', () => {
    expect(countDrawnCrossings([edge('a', 'b', [0, 0], [10, 10]), edge('c', 'd', [10, 0], [0, 10])])).toBe(1);
  });

  it('leaves out edges that share a claim, wherever they meet', () => {
    expect(countDrawnCrossings([edge('a', 'b', [0, 0], [10, 10]), edge('a', 'd', [10, 0], [0, 10])])).toBe(0);
  });

  it('counts a crossing at the joint of two pieces of one edge once', () => {
    expect(countDrawnCrossings([edge('a', 'b', [0, 0], [5, 5], [10, 10]), edge('c', 'd', [10, 0], [0, 10])])).toBe(1);
  });

  it('counts each meeting point of two wavy edges', () => {
    expect(countDrawnCrossings([edge('a', 'b', [0, 0], [0, 30]), edge('c', 'd', [-5, 0], [5, 10], [-5, 20], [5, 30])])).toBe(3);
  });

  it('ignores parallel edges', () => {
    expect(countDrawnCrossings([edge('a', 'b', [0, 0], [0, 10]), edge('c', 'd', [3, 0], [3, 10])])).toBe(0);
  });
});

describe('flattenCubic', () => {
  it('ends at the last point and passes the curve midpoint', () => {
    const points = flattenCubic({ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 10, y: 10 }, { x: 10, y: 0 }, 2);
    expect(points).toEqual([{ x: 5, y: 7.5 }, { x: 10, y: 0 }]);
  });
});
