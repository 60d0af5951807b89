// Tests for the layer bands and the bends that take a long relation straight through each layer it crosses.
import { describe, expect, it } from 'vitest';
import { bendsThroughLayers, layerBands } from './bendsThroughLayers.ts';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

describe('layerBands', () => {
  it('spans each layer from its first box edge to its last along the flow: y in TB, x in LR', () => {
    const boxes = [box(0, 10, 100, 40), box(200, 0, 100, 60), box(50, 200, 80, 30)];
    const layerOf = (i: number) => [0, 0, 1][i] as number;
    const tb = layerBands(boxes, layerOf, 2, 'TB');
    expect([...tb.start]).toEqual([0, 200]);
    expect([...tb.end]).toEqual([60, 230]);
    const lr = layerBands(boxes, layerOf, 2, 'LR');
    expect([...lr.start]).toEqual([0, 50]);
    expect([...lr.end]).toEqual([300, 130]);
  });

  it('leaves a layer without boxes empty (start after end)', () => {
    const bands = layerBands([box(0, 0, 10, 10)], () => 0, 2, 'TB');
    expect(bands.start[1]).toBeGreaterThan(bands.end[1] as number);
  });
});

describe('bendsThroughLayers', () => {
  const bands = { start: Float64Array.from([0, 100, 200]), end: Float64Array.from([50, 160, 240]) };

  it('has no bends for a relation between neighbouring layers', () => {
    expect(bendsThroughLayers([], 0, bands, 'TB')).toEqual([]);
  });

  it('crosses each layer in between straight along the flow, from one band edge to the other', () => {
    expect(bendsThroughLayers([{ x: 75, y: 130 }], 0, bands, 'TB')).toEqual([
      { x: 75, y: 100 },
      { x: 75, y: 160 },
    ]);
    expect(bendsThroughLayers([{ x: 130, y: 75 }], 0, bands, 'LR')).toEqual([
      { x: 100, y: 75 },
      { x: 160, y: 75 },
    ]);
  });

  it('counts the layers from the upper end and keeps dagre’s point on a layer without boxes', () => {
    const gappy = { start: Float64Array.from([0, Infinity, 200, 300]), end: Float64Array.from([50, -Infinity, 240, 350]) };
    expect(bendsThroughLayers([{ x: 5, y: 120 }, { x: 6, y: 220 }], 0, gappy, 'TB')).toEqual([
      { x: 5, y: 120 },
      { x: 6, y: 200 },
      { x: 6, y: 240 },
    ]);
  });
});
