import { describe, expect, it } from 'vitest';
import { JOINT_STEM, onSide, PORT_GAP, sideCentre, spreadPorts } from './spreadPorts.ts';
import type { ClaimBox, MapLayout, Point } from './types.ts';

const box = (id: string, x: number, y: number, width = 100, height = 40): ClaimBox => ({ id, x, y, width, height, labelLines: [id] });
const route = (id: string, ...points: Point[]) => ({ id, points });

/** Sources a, b, c in a row above target t (left to right: c, a, b); relations into t's top middle. */
function fanIn(): { layout: Pick<MapLayout, 'direction' | 'claims' | 'relations'>; ends: (id: string) => { source: string; target: string } | undefined } {
  const claims = { a: box('a', 200, 0), b: box('b', 400, 0), c: box('c', 0, 0), t: box('t', 200, 100) };
  const top = { x: 250, y: 100 };
  const relations = {
    at: route('at', { x: 250, y: 40 }, top),
    bt: route('bt', { x: 450, y: 40 }, top),
    ct: route('ct', { x: 50, y: 40 }, top),
  };
  const ends = (id: string) => ({ source: id[0] as string, target: 't' });
  return { layout: { direction: 'TB', claims, relations }, ends };
}

describe('spreadPorts', () => {
  it('ends a joint group’s links at one shared point, with one junction JOINT_STEM before it and one lead', () => {
    const { layout } = fanIn();
    const ends = (id: string) => ({ source: id[0] as string, target: 't', ...(id === 'ct' ? {} : { joint: 'g' }) });
    const spread = spreadPorts(layout, ends);
    const end = spread.at?.points.at(-1);
    expect(spread.bt?.points.at(-1)).toEqual(end);
    // The group is one end among two on t's top: the separate link from c and the group's shared one.
    expect(spread.ct?.points.at(-1)).toEqual({ x: 250 - PORT_GAP / 2, y: 100 });
    expect(end).toEqual({ x: 250 + PORT_GAP / 2, y: 100 });
    expect(spread.at?.joint).toEqual({ lead: true, junction: { x: 259, y: 100 - JOINT_STEM }, branch: [{ x: 250, y: 40 }, { x: 259, y: 100 - JOINT_STEM }] });
    expect(spread.bt?.joint?.lead).toBe(false);
    expect(spread.bt?.joint?.junction).toEqual(spread.at?.joint?.junction);
    expect(spread.ct?.joint).toBeUndefined();
    expect(spreadPorts({ ...layout, relations: spread }, ends)).toEqual(spread);
  });

  it('spreads the ends on one side PORT_GAP apart around its middle, in the order of where the routes come from', () => {
    const { layout, ends } = fanIn();
    const spread = spreadPorts(layout, ends);
    expect(spread.ct?.points.at(-1)).toEqual({ x: 250 - PORT_GAP, y: 100 });
    expect(spread.at?.points.at(-1)).toEqual({ x: 250, y: 100 });
    expect(spread.bt?.points.at(-1)).toEqual({ x: 250 + PORT_GAP, y: 100 });
    // Each source has one relation: its end stays in the middle of its bottom.
    expect(spread.ct?.points[0]).toEqual({ x: 50, y: 40 });
  });

  it('packs the ends closer on a side too short for them, never past its corners', () => {
    const { layout, ends } = fanIn();
    const narrow = { ...layout, claims: { ...layout.claims, t: box('t', 230, 100, 40) } };
    const spread = spreadPorts(narrow, ends);
    const xs = ['ct', 'at', 'bt'].map((id) => spread[id]?.points.at(-1)?.x as number);
    expect(xs[0]).toBeGreaterThan(230);
    expect(xs[2]).toBeLessThan(270);
    expect(xs[0]).toBeLessThan(xs[1] as number);
    expect(xs[1]).toBeLessThan(xs[2] as number);
  });

  it('orders by the first bend, not by the far end, so routes that cross over above do not cross at the box', () => {
    const { layout, ends } = fanIn();
    // c's route bends over to the right before coming down: it arrives from the right of b's.
    const bent = { ...layout, relations: { ...layout.relations, ct: route('ct', { x: 50, y: 40 }, { x: 500, y: 70 }, { x: 250, y: 100 }) } };
    const spread = spreadPorts(bent, ends);
    expect(spread.ct?.points.at(-1)?.x).toBeGreaterThan(spread.bt?.points.at(-1)?.x as number);
  });

  it('gives the same result when run on its own output', () => {
    const { layout, ends } = fanIn();
    const once = spreadPorts(layout, ends);
    expect(spreadPorts({ ...layout, relations: once }, ends)).toEqual(once);
  });

  it('spreads along the left side, top to bottom, when laid out left to right', () => {
    const claims = { a: box('a', 0, 0), b: box('b', 0, 100), t: box('t', 200, 50) };
    const left = sideCentre(claims.t, 'in', 'LR');
    const relations = { at: route('at', { x: 100, y: 20 }, left), bt: route('bt', { x: 100, y: 120 }, left) };
    const spread = spreadPorts({ direction: 'LR', claims, relations }, (id) => ({ source: id[0] as string, target: 't' }));
    const [a, b] = [spread.at?.points.at(-1) as Point, spread.bt?.points.at(-1) as Point];
    expect(a.x).toBe(200);
    expect(b.x).toBe(200);
    expect(b.y - a.y).toBe(PORT_GAP);
    expect(onSide(a, claims.t, 'in', 'LR') && onSide(b, claims.t, 'in', 'LR')).toBe(true);
  });
});
