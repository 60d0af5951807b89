import { describe, expect, it } from 'vitest';
import { pairCrossings, siftLayers, siftNode, type Side } from './siftLayers.ts';

/** Nodes 0..2 in the upper layer, 3..5 in the lower; `links` joins upper to lower nodes. */
function twoLayers(links: [number, number][]): { up: Side; down: Side; pos: Int32Array; layers: number[][] } {
  const near = (): number[][] => Array.from({ length: 6 }, () => []);
  const [upNear, downNear] = [near(), near()];
  for (const [a, b] of links) {
    (downNear[a] as number[]).push(b);
    (upNear[b] as number[]).push(a);
  }
  const weights = (lists: number[][]): number[][] => lists.map((l) => l.map(() => 1));
  const layers = [
    [0, 1, 2],
    [3, 4, 5],
  ];
  const pos = Int32Array.from([0, 1, 2, 0, 1, 2]);
  return { up: { near: upNear, weight: weights(upNear) }, down: { near: downNear, weight: weights(downNear) }, pos, layers };
}

describe('pairCrossings', () => {
  it('counts the crossings of two nodes’ edges, weighted, for one side', () => {
    const { up, pos } = twoLayers([[2, 3], [0, 4], [1, 4]]);
    expect(pairCrossings(3, 4, up, pos)).toBe(2);
    expect(pairCrossings(4, 3, up, pos)).toBe(0);
  });
});

describe('siftNode', () => {
  it('moves a node past several others to its best place in one step, which transposing neighbours cannot', () => {
    // 3 hangs below 2, 4 below 0, 5 below 1: 3 belongs at the right end, two places away.
    const { up, down, pos, layers } = twoLayers([[2, 3], [0, 4], [1, 5]]);
    expect(siftNode(layers[1] as number[], 3, up, down, pos, new Float64Array(3))).toBe(2);
    expect(layers[1]).toEqual([4, 5, 3]);
    expect(Array.from(pos.slice(3))).toEqual([2, 0, 1]);
  });

  it('keeps a node in place when no place is better', () => {
    const { up, down, pos, layers } = twoLayers([[0, 3], [1, 4], [2, 5]]);
    expect(siftNode(layers[1] as number[], 4, up, down, pos, new Float64Array(3))).toBe(0);
    expect(layers[1]).toEqual([3, 4, 5]);
  });
});

describe('siftLayers', () => {
  it('untangles two layers in reverse order of each other (saving all three crossings) and then stops', () => {
    const { up, down, pos, layers } = twoLayers([[0, 5], [1, 4], [2, 3]]);
    expect(siftLayers(layers, pos, up, down)).toBe(3);
    // Every edge now runs between the same places of its two layers' orders.
    const order = (v: number): number => (layers[v < 3 ? 0 : 1] as number[]).indexOf(v);
    expect(order(5) - order(0)).toBe(order(4) - order(1));
    expect(order(4) - order(1)).toBe(order(3) - order(2));
    expect(siftLayers(layers, pos, up, down)).toBe(0);
  });
});
