import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArgumentMap, Claim, Relation } from '../model/schema.ts';
import { aChain, aClaim, aMap, aRelation } from '../model/testBuilders.ts';
import { loadSeedMap } from '../model/testSeedMap.ts';
import { countCrossings } from './countCrossings.ts';
import { layoutMap } from './layoutMap.ts';
import { SPACING } from './runDagre.ts';
import { shuffled } from './seededRandom.ts';
import { sizeClaim } from './sizeClaim.ts';
import { sideCentre } from './spreadPorts.ts';
import type { ClaimBox, MapLayout, Point } from './types.ts';

const overlap = (a: ClaimBox, b: ClaimBox): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function overlappingPairs(layout: MapLayout, pinned: ReadonlySet<string> = new Set()): string[] {
  const boxes = Object.values(layout.claims);
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as ClaimBox;
      const b = boxes[j] as ClaimBox;
      // Two pinned claims may overlap: the user put them there.
      if (pinned.has(a.id) && pinned.has(b.id)) continue;
      if (overlap(a, b)) pairs.push(`${a.id}/${b.id}`);
    }
  return pairs;
}

/**
 * Every route starts on its source's outgoing side and ends on its target's incoming side (the reverse for
 * a back relation), inside the side's span; a side that only one route touches has it in the middle.
 */
function expectRoutesOnHandles(map: ArgumentMap, layout: MapLayout): void {
  const across = layout.direction === 'LR';
  const [along, cross, crossSize] = across ? (['x', 'y', 'height'] as const) : (['y', 'x', 'width'] as const);
  const ends: { box: ClaimBox; side: 'in' | 'out'; point: Point; id: string }[] = [];
  for (const r of map.edges) {
    const route = layout.relations[r.id];
    expect(route, r.id).toBeDefined();
    const points = route?.points ?? [];
    const s = layout.claims[r.source] as ClaimBox;
    const t = layout.claims[r.target] as ClaimBox;
    ends.push({ box: s, side: route?.back ? 'in' : 'out', point: points[0] as Point, id: r.id });
    ends.push({ box: t, side: route?.back ? 'out' : 'in', point: points[points.length - 1] as Point, id: r.id });
  }
  for (const { box, side, point, id } of ends) {
    const centre = sideCentre(box, side, layout.direction);
    expect(point[along], id).toBeCloseTo(centre[along], 1);
    expect(point[cross], id).toBeGreaterThanOrEqual(box[cross]);
    expect(point[cross], id).toBeLessThanOrEqual(box[cross] + box[crossSize]);
    if (ends.filter((e) => e.box.id === box.id && e.side === side).length === 1) expect(point[cross], id).toBeCloseTo(centre[cross], 1);
  }
}

/** Random maps: 1–40 claims with short and long labels, random links (cycles included), some claims pinned. */
const arbitraryMap = fc
  .record({
    labels: fc.array(fc.oneof(fc.constantFrom('A', 'Stalin agreed', 'The buildup implementing NSC 68 turned NATO into an integrated force'), fc.string({ minLength: 1, maxLength: 120 })), { minLength: 1, maxLength: 40 }),
    links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 80 }),
    pins: fc.array(fc.tuple(fc.nat(), fc.integer({ min: -500, max: 3000 }), fc.integer({ min: -500, max: 3000 })), { maxLength: 4 }),
  })
  .map(({ labels, links, pins }) => {
    const claims: Claim[] = labels.map((label, i) => aClaim(`c${i}`, { label }));
    const pairs = new Set<string>();
    const relations: Relation[] = [];
    for (const [a, b] of links) {
      const s = a % claims.length;
      const t = b % claims.length;
      if (s === t || pairs.has(`${s}>${t}`)) continue;
      pairs.add(`${s}>${t}`);
      relations.push(aRelation(`c${s}`, `c${t}`));
    }
    for (const [i, x, y] of pins) (claims[i % claims.length] as Claim).position = { x, y };
    return aMap(claims, relations);
  });

describe('layoutMap', () => {
  it('lays a chain out top to bottom by default, boxes sized by sizeClaim', () => {
    const map = aChain('a', 'b', 'c');
    const layout = layoutMap(map);
    expect(layout.direction).toBe('TB');
    const [a, b, c] = ['a', 'b', 'c'].map((id) => layout.claims[id] as ClaimBox);
    expect((a as ClaimBox).y + (a as ClaimBox).height).toBeLessThan((b as ClaimBox).y);
    expect((b as ClaimBox).y + (b as ClaimBox).height).toBeLessThan((c as ClaimBox).y);
    const size = sizeClaim(map.nodes[0] as Claim);
    expect(a).toMatchObject({ width: size.width, height: size.height, labelLines: size.labelLines });
  });

  it('lays out left to right from the map setting or the option, the option winning', () => {
    const map = aChain('a', 'b');
    const fromFile = layoutMap({ ...map, layout: { direction: 'LR' } });
    expect(fromFile.direction).toBe('LR');
    const a = fromFile.claims.a as ClaimBox;
    expect(a.x + a.width).toBeLessThan((fromFile.claims.b as ClaimBox).x);
    expect(layoutMap({ ...map, layout: { direction: 'LR' } }, { direction: 'TB' }).direction).toBe('TB');
  });

  it('is deterministic, byte for byte, whatever the order of claims and relations in the file', () => {
    const map = loadSeedMap();
    const first = JSON.stringify(layoutMap(map, { fresh: true }));
    expect(JSON.stringify(layoutMap(map, { fresh: true }))).toBe(first);
    const reordered = { ...map, nodes: shuffled(map.nodes, 3), edges: shuffled(map.edges, 5) };
    expect(JSON.stringify(layoutMap(reordered, { fresh: true }))).toBe(first);
  });

  it('lays the seed map out without overlaps and with zero crossings in both directions', () => {
    const map = loadSeedMap();
    for (const direction of ['TB', 'LR'] as const) {
      const layout = layoutMap(map, { direction });
      expect(overlappingPairs(layout)).toEqual([]);
      expect(countCrossings(layout)).toBe(0);
      expectRoutesOnHandles(map, layout);
    }
  });

  it('gives left to right a different drawing, flowing rightwards, also without overlaps', () => {
    const map = loadSeedMap();
    const tb = layoutMap(map, { direction: 'TB' });
    const lr = layoutMap(map, { direction: 'LR' });
    expect(JSON.stringify(lr.claims)).not.toBe(JSON.stringify(tb.claims));
    for (const r of map.edges) {
      const [from, to] = lr.relations[r.id]?.back ? [r.target, r.source] : [r.source, r.target];
      const [a, b] = [lr.claims[from] as ClaimBox, lr.claims[to] as ClaimBox];
      expect(b.x, r.id).toBeGreaterThan(a.x + a.width);
      const [c, d] = [tb.claims[tb.relations[r.id]?.back ? r.target : r.source] as ClaimBox, tb.claims[tb.relations[r.id]?.back ? r.source : r.target] as ClaimBox];
      expect(d.y, r.id).toBeGreaterThan(c.y + c.height);
    }
    expect(overlappingPairs(lr)).toEqual([]);
  });

  it('keeps ranksep between neighbouring layers (dagre halves it, expecting a rank for edge labels in between)', () => {
    const tb = layoutMap(aChain('a', 'b'), { direction: 'TB' });
    const [a, b] = [tb.claims.a as ClaimBox, tb.claims.b as ClaimBox];
    expect(b.y - (a.y + a.height)).toBe(SPACING.TB.ranksep);
    const lr = layoutMap(aChain('a', 'b'), { direction: 'LR' });
    const [c, d] = [lr.claims.a as ClaimBox, lr.claims.b as ClaimBox];
    expect(d.x - (c.x + c.width)).toBe(SPACING.LR.ranksep);
  });

  it('draws relations between neighbouring layers straight from handle to handle', () => {
    const map = aMap(['a', 'b', 'c', 'd'].map((id) => aClaim(id)), [aRelation('a', 'b'), aRelation('a', 'c'), aRelation('a', 'd')]);
    for (const direction of ['TB', 'LR'] as const) {
      const layout = layoutMap(map, { direction, fresh: true });
      for (const r of map.edges) expect(layout.relations[r.id]?.points, r.id).toHaveLength(2);
      expectRoutesOnHandles(map, layout);
    }
  });

  it('ends several relations into one claim at distinct points of its side, in the order of their sources, in both directions', () => {
    // Three refutes into one claim used to end in one blob at the middle of its top.
    const map = aMap(['a', 'b', 'c', 't'].map((id) => aClaim(id)), ['a', 'b', 'c'].map((id) => aRelation(id, 't', { relation: 'refutes' })));
    for (const direction of ['TB', 'LR'] as const) {
      const layout = layoutMap(map, { direction, fresh: true });
      const cross = direction === 'TB' ? 'x' : 'y';
      const bySource = ['a', 'b', 'c'].sort((p, q) => (layout.claims[p] as ClaimBox)[cross] - (layout.claims[q] as ClaimBox)[cross]);
      const endsAt = bySource.map((id) => (layout.relations[`${id}-refutes-t`]?.points.at(-1) as Point)[cross]);
      expect(new Set(endsAt).size, direction).toBe(3);
      expect([...endsAt].sort((p, q) => p - q), direction).toEqual(endsAt);
      expect(countCrossings(layout), direction).toBe(0);
      expectRoutesOnHandles(map, layout);
    }
  });

  it('takes a relation that skips a layer straight through that layer, beside its boxes', () => {
    const map = aMap(['a', 'b', 'c'].map((id) => aClaim(id, { label: `Claim ${id} with a label long enough to wrap onto a second line` })), [aRelation('a', 'b'), aRelation('b', 'c'), aRelation('a', 'c')]);
    for (const direction of ['TB', 'LR'] as const) {
      const layout = layoutMap(map, { direction, fresh: true });
      const b = layout.claims.b as ClaimBox;
      const points = layout.relations['a-causes-c']?.points ?? [];
      const [along, cross, size, crossSize] = direction === 'TB' ? (['y', 'x', 'height', 'width'] as const) : (['x', 'y', 'width', 'height'] as const);
      const enter = points.find((p) => p[along] === b[along]);
      const leave = points.find((p) => p[along] === b[along] + b[size]);
      expect(enter, direction).toBeDefined();
      expect(leave?.[cross]).toBe(enter?.[cross]);
      const lane = enter?.[cross] as number;
      expect(lane < b[cross] || lane > b[cross] + b[crossSize], direction).toBe(true);
    }
  });

  it('draws a relation that closes a cycle against the flow, from handle to handle', () => {
    const map = aMap([aClaim('a'), aClaim('b'), aClaim('c')], [aRelation('a', 'b'), aRelation('b', 'c'), aRelation('c', 'a')]);
    for (const direction of ['TB', 'LR'] as const) {
      const layout = layoutMap(map, { direction });
      expect(Object.values(layout.relations).filter((r) => r.back)).toHaveLength(1);
      expectRoutesOnHandles(map, layout);
    }
  });

  it('keeps pinned claims where they are pinned and moves the others out of their way', () => {
    const map = loadSeedMap();
    const free = layoutMap(map);
    const target = free.claims['nsc68-buildup'] as ClaimBox;
    // Pin one claim onto another's laid-out place, and one far away.
    const pinned = {
      ...map,
      nodes: map.nodes.map((c) =>
        c.id === 'north-korean-invasion' ? { ...c, position: { x: target.x + 10, y: target.y + 5 } } : c.id === 'sac-tripled' ? { ...c, position: { x: -900, y: 40 } } : c,
      ),
    };
    const layout = layoutMap(pinned);
    expect(layout.claims['north-korean-invasion']).toMatchObject({ x: target.x + 10, y: target.y + 5 });
    expect(layout.claims['sac-tripled']).toMatchObject({ x: -900, y: 40 });
    expect(overlappingPairs(layout)).toEqual([]);
    expectRoutesOnHandles(pinned, layout);
  });

  it('leaves the other claims where they were when one is dragged away and pinned, as after a reload', () => {
    const map = loadSeedMap();
    const free = layoutMap(map);
    const right = free.bounds.x + free.bounds.width + 200;
    const dragged = { ...map, nodes: map.nodes.map((c) => (c.id === 'sac-tripled' ? { ...c, position: { x: right, y: 60 } } : c)) };
    const layout = layoutMap(dragged);
    for (const claim of map.nodes.filter((c) => c.id !== 'sac-tripled')) {
      expect(layout.claims[claim.id], claim.id).toMatchObject({ x: free.claims[claim.id]?.x, y: free.claims[claim.id]?.y });
    }
  });

  it('bounds every box and route', () => {
    const layout = layoutMap(loadSeedMap());
    const { x, y, width, height } = layout.bounds;
    for (const b of Object.values(layout.claims)) {
      expect(b.x).toBeGreaterThanOrEqual(x);
      expect(b.y).toBeGreaterThanOrEqual(y);
      expect(b.x + b.width).toBeLessThanOrEqual(x + width);
      expect(b.y + b.height).toBeLessThanOrEqual(y + height);
    }
    for (const p of Object.values(layout.relations).flatMap((r) => r.points)) {
      expect(p.x).toBeGreaterThanOrEqual(x);
      expect(p.y).toBeLessThanOrEqual(y + height);
    }
  });

  it('handles an empty map and skips relations it cannot draw', () => {
    expect(layoutMap(aMap())).toEqual({ direction: 'TB', claims: {}, relations: {}, bounds: { x: 0, y: 0, width: 0, height: 0 } });
    const layout = layoutMap(aMap([aClaim('a')], [aRelation('a', 'ghost'), aRelation('a', 'a')]));
    expect(Object.keys(layout.claims)).toEqual(['a']);
    expect(layout.relations).toEqual({});
  });

  it('never overlaps boxes, keeps pins and routes on handles, on random maps with cycles and pins', () => {
    fc.assert(
      fc.property(arbitraryMap, fc.constantFrom('TB' as const, 'LR' as const), (map, direction) => {
        const layout = layoutMap(map, { direction });
        const pinned = new Set(map.nodes.filter((c) => c.position).map((c) => c.id));
        expect(overlappingPairs(layout, pinned)).toEqual([]);
        for (const c of map.nodes) if (c.position) expect(layout.claims[c.id]).toMatchObject(c.position);
        expectRoutesOnHandles(map, layout);
        expect(JSON.stringify(layoutMap(map, { direction, fresh: true }))).toBe(JSON.stringify(layout));
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});

describe('layoutMap progress', () => {
  it('reports its steps in order, ending with done', () => {
    const steps: string[] = [];
    const shares: number[] = [];
    layoutMap(loadSeedMap(), {
      fresh: true,
      onProgress: (step) => {
        steps.push(step.name);
        shares.push(step.share);
      },
    });
    expect(steps).toEqual(['cycles', 'ranking', 'ordering', 'positioning', 'routing', 'done']);
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
  });
});

describe('layoutMap reuse', () => {
  it('gives the same drawing when only words outside the geometry change, with the new label lines', () => {
    const map = aChain('a', 'b', 'c');
    const first = layoutMap(map);
    const statusChanged = { ...map, nodes: map.nodes.map((c) => (c.id === 'b' ? { ...c, status: 'refuted' as const, text: 'why' } : c)) };
    expect(layoutMap(statusChanged)).toEqual(first);
    // 'Claim b' → 'Claim d' keeps the box size, so only the label line changes.
    const relabelled = { ...map, nodes: map.nodes.map((c) => (c.id === 'b' ? { ...c, label: 'Claim d' } : c)) };
    const after = layoutMap(relabelled);
    expect(after.claims.b?.labelLines).toEqual(['Claim d']);
    expect({ ...after.claims.b, labelLines: [] }).toEqual({ ...first.claims.b, labelLines: [] });
    expect(JSON.stringify(layoutMap(map))).toBe(JSON.stringify(first));
  });

  it('lays out again when the geometry changes', () => {
    const map = aChain('a', 'b', 'c');
    const first = layoutMap(map);
    const grown = { ...map, nodes: map.nodes.map((c) => (c.id === 'b' ? { ...c, label: 'A much longer label that wraps onto a second line of the box' } : c)) };
    expect(layoutMap(grown).claims.b?.height).toBeGreaterThan(first.claims.b?.height as number);
  });
});
