// The overview map's one scale: claims and window fitted together, and its pixels mapped back to the map.
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../layout/layoutMap.ts';
import { aChain } from '../model/testBuilders.ts';
import { mapToFlow } from '../state/mapToFlow.ts';
import { claimsBounds, OVERVIEW_MARGIN, overviewFrame, toMap, toOverview, windowRect } from './overviewGeometry.ts';

const { nodes } = mapToFlow(aChain('a', 'b', 'c'), layoutMap(aChain('a', 'b', 'c'), { direction: 'TB' }));

describe('the overview map', () => {
  it('bounds the shown claims only', () => {
    const all = claimsBounds(nodes);
    const last = nodes[2];
    if (!all || !last) throw new Error('no bounds');
    expect(all.height).toBeGreaterThan((last.height ?? 0) * 3);
    const firstTwo = claimsBounds(nodes.map((node, i) => (i === 2 ? { ...node, hidden: true } : node)));
    expect(firstTwo?.height).toBeLessThan(all.height);
    expect(claimsBounds(nodes.map((node) => ({ ...node, hidden: true })))).toBeNull();
  });

  it('reads the window from the viewport', () => {
    expect(windowRect([-100, 50, 0.5], 800, 600)).toEqual({ x: 200, y: -100, width: 1600, height: 1200 });
  });

  it('fits claims and window in its size, centred, with a margin, and maps its pixels back', () => {
    const bounds = { x: 0, y: 0, width: 4000, height: 1000 };
    const view = windowRect([0, 0, 1], 1000, 500);
    const frame = overviewFrame(bounds, view, 168, 108);
    const drawn = toOverview(frame, bounds);
    expect(drawn.x).toBeCloseTo(OVERVIEW_MARGIN);
    expect(drawn.x + drawn.width).toBeCloseTo(168 - OVERVIEW_MARGIN);
    expect(drawn.y + drawn.height / 2).toBeCloseTo(54);
    expect(toMap(frame, { x: 84, y: 54 })).toEqual({ x: 2000, y: 500 });
    const point = toMap(frame, { x: drawn.x, y: drawn.y });
    expect(point.x).toBeCloseTo(0);
    expect(point.y).toBeCloseTo(0);
  });

  it('keeps a window that lies beyond the claims in the picture', () => {
    const bounds = { x: 0, y: 0, width: 400, height: 200 };
    const view = { x: 1000, y: 1000, width: 400, height: 200 };
    const frame = overviewFrame(bounds, view, 168, 108);
    const shown = toOverview(frame, view);
    expect(shown.x + shown.width).toBeLessThanOrEqual(168 - OVERVIEW_MARGIN + 1e-9);
    expect(shown.y + shown.height).toBeLessThanOrEqual(108 - OVERVIEW_MARGIN + 1e-9);
    expect(toOverview(frame, bounds).x).toBeGreaterThanOrEqual(OVERVIEW_MARGIN - 1e-9);
  });
});
