// Revealing a big map: every claim once, from the middle of the window outwards, and batches sized by what is in view.
import { describe, expect, it } from 'vitest';
import { generateMap } from '../layout/generateMap.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import { mapToFlow } from '../state/mapToFlow.ts';
import { type Box, batchLength, revealOrder } from './revealBatches.ts';

const map = generateMap({ size: 200 });
const { nodes } = mapToFlow(map, layoutMap(map, { direction: 'TB' }));
const byId = new Map(nodes.map((node) => [node.id, node]));

function centre(id: string) {
  const node = byId.get(id);
  if (!node) throw new Error(`no claim ${id}`);
  return { x: node.position.x + (node.width ?? 0) / 2, y: node.position.y + (node.height ?? 0) / 2 };
}

function inside(id: string, view: Box): boolean {
  const node = byId.get(id);
  if (!node) return false;
  return node.position.x < view.x + view.width && node.position.x + (node.width ?? 0) > view.x && node.position.y < view.y + view.height && node.position.y + (node.height ?? 0) > view.y;
}

describe('the order a big map reveals its claims in', () => {
  it('lists every claim once, from the middle of the map outwards', () => {
    const order = revealOrder(nodes, 1.5);
    expect([...order].sort()).toEqual(nodes.map((node) => node.id).sort());
    const centres = order.map(centre);
    const mid = { x: (Math.min(...centres.map((c) => c.x)) + Math.max(...centres.map((c) => c.x))) / 2, y: (Math.min(...centres.map((c) => c.y)) + Math.max(...centres.map((c) => c.y))) / 2 };
    const away = centres.map((c) => Math.max(Math.abs(c.x - mid.x) / 1.5, Math.abs(c.y - mid.y)));
    expect(away).toEqual([...away].sort((a, b) => a - b));
    expect(revealOrder([], 1)).toEqual([]);
  });
});

describe('how many claims a batch takes', () => {
  const order = revealOrder(nodes, 1.5);
  const first = centre(order[0] as string);
  const view: Box = { x: first.x - 600, y: first.y - 400, width: 1200, height: 800 };

  it('stops once it has taken the claims in view it may mount', () => {
    const taken = batchLength(order, 0, nodes, view, { inView: 3, total: 1000 });
    const batch = order.slice(0, taken);
    expect(batch.filter((id) => inside(id, view))).toHaveLength(3);
    expect(inside(batch.at(-1) as string, view)).toBe(true);
  });

  it('takes many claims beyond the view, up to the total, and never runs past the end', () => {
    const outside: Box = { x: -1e6, y: -1e6, width: 10, height: 10 };
    expect(batchLength(order, 0, nodes, outside, { inView: 3, total: 120 })).toBe(120);
    expect(batchLength(order, 150, nodes, outside, { inView: 3, total: 120 })).toBe(nodes.length - 150);
  });
});
