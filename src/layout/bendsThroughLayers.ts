// A relation's bend points across the layers it passes: straight through each layer's band, diagonal only between layers.
import type { Direction } from '../model/schema.ts';
import type { ClaimBox, Point } from './types.ts';

type Box = Pick<ClaimBox, 'x' | 'y' | 'width' | 'height'>;

/** Where each layer's boxes lie along the flow (y in TB, x in LR): from the first box edge to the last. */
export interface LayerBands {
  start: Float64Array;
  end: Float64Array;
}

/** The bands of layers 0..layerCount-1 from each box and its layer; a layer without boxes has an empty band. */
export function layerBands(boxes: readonly Box[], layerOf: (i: number) => number, layerCount: number, direction: Direction): LayerBands {
  const start = new Float64Array(layerCount).fill(Infinity);
  const end = new Float64Array(layerCount).fill(-Infinity);
  boxes.forEach((box, i) => {
    const r = layerOf(i);
    const [from, size] = direction === 'TB' ? [box.y, box.height] : [box.x, box.width];
    start[r] = Math.min(start[r] as number, from);
    end[r] = Math.max(end[r] as number, from + size);
  });
  return { start, end };
}

/**
 * The bends of a relation from its upper box, on layer `upperLayer`, down to its lower box, given dagre's
 * points where it crosses each layer in between (one per layer, on the layer's centre line): each becomes two
 * points, where the route enters and leaves that layer's band, so the route passes a layer straight along the
 * flow, in the lane dagre kept free between boxes, and runs slanted only in the gaps between layers. (A
 * slanted line from one layer's centre to the next would cut through the corners of boxes beside the lane.)
 */
export function bendsThroughLayers(crossings: readonly Point[], upperLayer: number, bands: LayerBands, direction: Direction): Point[] {
  const bends: Point[] = [];
  crossings.forEach((p, k) => {
    const [from, to] = [bands.start[upperLayer + 1 + k] as number, bands.end[upperLayer + 1 + k] as number];
    if (from > to) bends.push(p);
    else if (direction === 'TB') bends.push({ x: p.x, y: from }, { x: p.x, y: to });
    else bends.push({ x: from, y: p.y }, { x: to, y: p.y });
  });
  return bends;
}
