import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from './schema.ts';
import { stepOrder } from './stepOrder.ts';
import { anyMap, reordered } from './testArbitraries.ts';
import { aClaim, aMap, aRelation } from './testBuilders.ts';
import { loadSeedMap } from './testSeedMap.ts';

const motivates = (s: string, t: string) => aRelation(s, t, { relation: 'motivates' });
const supports = (s: string, t: string) => aRelation(s, t, { relation: 'supports' });
const refutes = (s: string, t: string) => aRelation(s, t, { relation: 'refutes' });

describe('stepOrder', () => {
  it('puts causes before effects whatever the file order', () => {
    const map = aMap([aClaim('c'), aClaim('b'), aClaim('a')], [aRelation('b', 'c'), aRelation('a', 'b')]);
    expect(stepOrder(map)).toEqual(['a', 'b', 'c']);
  });

  it('puts evidence right before the assumption it refutes, not at its own date or file position', () => {
    const map = aMap(
      [
        aClaim('archive', { kind: 'evidence', date: '1949' }),
        aClaim('invasion', { kind: 'event', date: '1950-06-25' }),
        aClaim('belief', { kind: 'assumption' }),
        aClaim('buildup', { kind: 'event' }),
      ],
      [aRelation('invasion', 'buildup'), motivates('belief', 'buildup'), refutes('archive', 'belief')],
    );
    expect(stepOrder(map)).toEqual(['invasion', 'archive', 'belief', 'buildup']);
  });

  it('takes the chain in time across BC and AD, not by the text of the stored dates', () => {
    const map = aMap([aClaim('tiberius', { date: '0014' }), aClaim('archidamian', { date: '-0430/-0420' }), aClaim('troy', { date: '-1199~' }), aClaim('caesar', { date: '-0043-03-15' }), aClaim('plague', { date: '-0429' })]);
    expect(stepOrder(map)).toEqual(['troy', 'archidamian', 'plague', 'caesar', 'tiberius']);
  });

  it('takes the chain by date, undated last, then file order', () => {
    const map = aMap([aClaim('undated-first'), aClaim('late', { date: '1951' }), aClaim('undated-second'), aClaim('early', { date: '1950-06' }), aClaim('year', { date: '1950' })]);
    expect(stepOrder(map)).toEqual(['year', 'early', 'late', 'undated-first', 'undated-second']);
  });

  it('shows a conclusion right after the step that completes its support, and evidence that bears only on it just before it', () => {
    const map = aMap(
      [aClaim('thesis'), aClaim('cause'), aClaim('effect'), aClaim('later'), aClaim('record', { kind: 'evidence' }), aClaim('extra', { kind: 'evidence' })],
      [aRelation('cause', 'effect'), aRelation('effect', 'later'), supports('effect', 'thesis'), supports('record', 'effect'), supports('record', 'thesis'), supports('extra', 'thesis')],
    );
    expect(stepOrder(map)).toEqual(['cause', 'record', 'effect', 'later', 'extra', 'thesis']);
    const noExtra = aMap(map.nodes.filter((c) => c.id !== 'extra'), map.edges.filter((r) => r.source !== 'extra'));
    expect(stepOrder(noExtra)).toEqual(['cause', 'record', 'effect', 'thesis', 'later']);
  });

  it('keeps an event the chain causes in the chain even when it refutes something', () => {
    const map = aMap(
      [aClaim('buildup', { kind: 'event' }), aClaim('nato', { kind: 'event' }), aClaim('sac', { kind: 'event' }), aClaim('expectation', { kind: 'assumption' })],
      [aRelation('buildup', 'nato'), aRelation('buildup', 'sac'), refutes('nato', 'expectation')],
    );
    expect(stepOrder(map)).toEqual(['buildup', 'nato', 'expectation', 'sac']);
  });

  it('handles cycles: every claim once, deterministic', () => {
    const map = aMap([aClaim('a'), aClaim('b'), aClaim('c'), aClaim('d')], [aRelation('a', 'b'), aRelation('b', 'c'), aRelation('c', 'a'), aRelation('c', 'd')]);
    const order = stepOrder(map);
    expect([...order].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(order.indexOf('c')).toBeLessThan(order.indexOf('d'));
    expect(stepOrder({ ...map, edges: [...map.edges] })).toEqual(order);
  });

  it('follows an explicit story, dropping unknown and repeated ids and appending the claims it leaves out in derived order', () => {
    const map = aMap([aClaim('a'), aClaim('b'), aClaim('c'), aClaim('d')], [aRelation('a', 'b'), aRelation('b', 'c'), aRelation('c', 'd')]);
    expect(stepOrder(map, [{ id: 'c' }, { id: 'ghost' }, { id: 'a' }, { id: 'c' }])).toEqual(['c', 'a', 'b', 'd']);
    expect(stepOrder(map, [])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lists every claim exactly once and is deterministic, on any map', () => {
    fc.assert(
      fc.property(anyMap(10, 30), (map) => {
        const order = stepOrder(map);
        expect([...order].sort()).toEqual(map.nodes.map((c) => c.id).sort());
        expect(stepOrder(structuredClone(map))).toEqual(order);
      }),
      { numRuns: 300 },
    );
  });

  it('puts the source of every link before its target when the links form no cycle', () => {
    fc.assert(
      fc.property(
        anyMap(10, 30)
          .map(acyclic)
          .chain((map) => reordered(map)),
        (map) => {
          const at = new Map(stepOrder(map).map((id, i) => [id, i]));
          for (const r of map.edges) expect(at.get(r.source) as number, r.id).toBeLessThan(at.get(r.target) as number);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('stepOrder on the seed map', () => {
  const map = loadSeedMap();
  const order = stepOrder(map);

  it('starts with the invasion and ends with the escalation', () => {
    expect(order[0]).toBe('north-korean-invasion');
    expect(order.at(-1)).toBe('cold-war-escalation');
    expect(order).toHaveLength(map.nodes.length);
  });

  it('shows each piece of evidence that refutes an assumption right before that assumption', () => {
    const byId = new Map(map.nodes.map((c) => [c.id, c]));
    for (const assumption of map.nodes.filter((c) => c.kind === 'assumption')) {
      const refuters = map.edges.filter((r) => r.target === assumption.id && r.relation === 'refutes' && byId.get(r.source)?.kind === 'evidence').map((r) => r.source);
      if (refuters.length === 0) continue;
      const at = order.indexOf(assumption.id);
      expect(order.slice(at - refuters.length, at).sort(), assumption.id).toEqual(refuters.sort());
    }
  });

  it('puts the buildup after the invasion and the assumptions behind it, and its consequences after it', () => {
    const at = (id: string) => order.indexOf(id);
    expect(at('nsc68-buildup')).toBeGreaterThan(at('stalin-drove-invasion'));
    expect(at('nsc68-buildup')).toBeGreaterThan(at('stalin-probe-of-west'));
    for (const r of map.edges.filter((e) => e.source === 'nsc68-buildup' && e.relation === 'causes')) expect(at(r.target)).toBeGreaterThan(at('nsc68-buildup'));
  });
});

/** Keeps only the links that go forward in file order, which can form no cycle. */
function acyclic(map: ArgumentMap): ArgumentMap {
  const at = new Map(map.nodes.map((c, i) => [c.id, i]));
  return { ...map, edges: map.edges.filter((r) => (at.get(r.source) ?? 0) < (at.get(r.target) ?? 0)) };
}
