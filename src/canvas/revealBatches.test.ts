// Revealing a big map: every claim once, from the middle of the window outwards, batches weighed by what is in view, sized by the time they take.
import { describe, expect, it } from 'vitest';
import { generateMap } from '../layout/generateMap.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import { mapToFlow } from '../state/mapToFlow.ts';
import { BEYOND_VIEW_WEIGHT, type Box, batchLength, LARGEST_BATCH, nextBatchSize, revealOrder, SMALLEST_BATCH } from './revealBatches.ts';

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
  const outside: Box = { x: -1e6, y: -1e6, width: 10, height: 10 };

  it('stops once the claims in view it takes reach the batch size', () => {
    const taken = batchLength(order, 0, byId, view, 3);
    const batch = order.slice(0, taken);
    const inView = batch.filter((id) => inside(id, view)).length;
    // How many of them are in view depends on the layout; the rule is the weight: a claim in view counts 1, one beyond it less.
    expect(inView).toBeGreaterThan(0);
    const weight = inView + (taken - inView) * BEYOND_VIEW_WEIGHT;
    expect(weight).toBeLessThanOrEqual(3);
    expect(weight + (inside(order[taken] as string, view) ? 1 : BEYOND_VIEW_WEIGHT)).toBeGreaterThan(3);
  });

  it('takes many claims beyond the view for one in it, and never runs past the end', () => {
    expect(batchLength(order, 0, byId, outside, 3)).toBe(Math.round(3 / BEYOND_VIEW_WEIGHT));
    expect(batchLength(order, 150, byId, outside, 3)).toBe(nodes.length - 150);
    expect(batchLength(order, nodes.length, byId, outside, 3)).toBe(0);
  });

  it('always takes at least one claim while any are left', () => {
    expect(batchLength(order, 0, byId, view, 0.5)).toBe(1);
  });
});

describe('the next batch size', () => {
  it('grows when a batch took less than the budget and shrinks when it took more, by at most double or half', () => {
    expect(nextBatchSize(10, 45, 90)).toBe(20);
    expect(nextBatchSize(10, 10, 90)).toBe(20);
    expect(nextBatchSize(10, 120, 90)).toBe(8);
    expect(nextBatchSize(10, 900, 90)).toBe(5);
    expect(nextBatchSize(10, 90, 90)).toBe(10);
  });

  it('stays between the smallest and the largest batch', () => {
    expect(nextBatchSize(SMALLEST_BATCH, 900, 90)).toBe(SMALLEST_BATCH);
    expect(nextBatchSize(LARGEST_BATCH, 1, 90)).toBe(LARGEST_BATCH);
  });
});
