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

  it('puts evidence right before an assumption it refutes that is not marked refuted, not at its own date or file position', () => {
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

  it('shows a refuted assumption right after the decision it motivates, and the quote refuting it right after it', () => {
    // The old order read every link forwards: quote, belief, decision — the quote gave the twist away two steps early.
    const map = aMap(
      [
        aClaim('quote', { kind: 'evidence', status: 'supported', date: '1949' }),
        aClaim('invasion', { kind: 'event', status: 'supported', date: '1950-06-25' }),
        aClaim('belief', { kind: 'assumption', status: 'refuted' }),
        aClaim('decision', { kind: 'event', status: 'supported' }),
        aClaim('consequence', { kind: 'event', status: 'supported' }),
        aClaim('thesis', { status: 'supported' }),
      ],
      [aRelation('invasion', 'decision'), motivates('belief', 'decision'), aRelation('decision', 'consequence'), refutes('quote', 'belief'), supports('quote', 'thesis')],
    );
    expect(stepOrder({ ...map, nodes: map.nodes.map((c) => (c.id === 'belief' ? { ...c, status: 'supported' } : c)) })).toEqual([
      'invasion',
      'quote',
      'belief',
      'thesis',
      'decision',
      'consequence',
    ]);
    expect(stepOrder(map)).toEqual(['invasion', 'decision', 'belief', 'quote', 'thesis', 'consequence']);
  });

  it('shows a refuted assumption that motivates nothing right before the evidence refuting it, and after an event that refutes it', () => {
    const map = aMap(
      [aClaim('expectation', { kind: 'assumption', status: 'refuted' }), aClaim('record', { kind: 'evidence' }), aClaim('thesis'), aClaim('start', { kind: 'event' })],
      [refutes('record', 'expectation'), supports('record', 'thesis')],
    );
    expect(stepOrder(map)).toEqual(['expectation', 'record', 'thesis', 'start']);
    const byEvent = aMap(
      [aClaim('expectation', { kind: 'assumption', status: 'refuted' }), aClaim('invasion', { kind: 'event' }), aClaim('buildup', { kind: 'event' })],
      [aRelation('invasion', 'buildup'), refutes('buildup', 'expectation')],
    );
    expect(stepOrder(byEvent)).toEqual(['invasion', 'buildup', 'expectation']);
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

  it('puts the source of every link before its target when the links form no cycle and no assumption is refuted', () => {
    fc.assert(
      fc.property(
        anyMap(10, 30)
          .map((map) => acyclic(withoutRefutedAssumptions(map)))
          .chain((map) => reordered(map)),
        (map) => {
          const at = new Map(stepOrder(map).map((id, i) => [id, i]));
          for (const r of map.edges) expect(at.get(r.source) as number, r.id).toBeLessThan(at.get(r.target) as number);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a refuted assumption’s motive and its refuting evidence backwards, every other link forwards, when that forms no cycle', () => {
    fc.assert(
      fc.property(
        anyMap(10, 30)
          .map(acyclic)
          .filter((map) => !hasCycle(teachingLinks(map))),
        (map) => {
          const at = new Map(stepOrder(map).map((id, i) => [id, i]));
          for (const [first, second] of teachingLinks(map)) expect(at.get(first) as number, `${first} before ${second}`).toBeLessThan(at.get(second) as number);
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

  it('teaches the invasion, the buildup, each refuted belief behind it followed by the archives that refute it, then the consequences', () => {
    expect(order).toEqual([
      'north-korean-invasion',
      'nsc68-buildup',
      'stalin-drove-invasion',
      'archival-records',
      'stalin-agreed-jan-1950',
      'kim-assurance-no-us-intervention',
      'stalin-reluctant',
      'stalin-probe-of-west',
      'stalin-main-concern-japan',
      'thesis-assumptions-flawed',
      'thesis-buildup-escalated',
      'nato-integrated-force',
      'us-presence-europe',
      'soviet-expected-no-buildup',
      'sac-tripled',
      'bomber-basing-rights',
      'nato-nuclear-strategy',
      'cia-covert-expansion',
      'soviet-strategic-expansion',
      'cold-war-escalation',
    ]);
  });

  it('shows every refuted US assumption after the buildup it motivates and before each piece of evidence refuting it', () => {
    const at = (id: string) => order.indexOf(id);
    expect(at('stalin-drove-invasion')).toBe(at('nsc68-buildup') + 1);
    for (const assumption of ['stalin-drove-invasion', 'stalin-probe-of-west']) {
      expect(at(assumption), assumption).toBeGreaterThan(at('nsc68-buildup'));
      for (const r of map.edges.filter((e) => e.target === assumption && e.relation === 'refutes')) expect(at(r.source), r.id).toBeGreaterThan(at(assumption));
    }
    for (const r of map.edges.filter((e) => e.source === 'nsc68-buildup' && e.relation === 'causes')) expect(at(r.target)).toBeGreaterThan(at('nsc68-buildup'));
  });
});

function withoutRefutedAssumptions(map: ArgumentMap): ArgumentMap {
  return { ...map, nodes: map.nodes.map((c) => (c.kind === 'assumption' && c.status === 'refuted' ? { ...c, status: 'contested' } : c)) };
}

/**
 * The teaching order's rule, written out: [first, second] for every link, source before target, except a refuted
 * assumption after what it motivates and before the evidence refuting it (evidence: claims that only support or
 * refute, and are of kind evidence or nothing causes or motivates).
 */
function teachingLinks(map: ArgumentMap): [string, string][] {
  const byId = new Map(map.nodes.map((c) => [c.id, c]));
  const refutedAssumption = (id: string) => byId.get(id)?.kind === 'assumption' && byId.get(id)?.status === 'refuted';
  const drives = (r: { relation: string }) => r.relation === 'causes' || r.relation === 'motivates';
  const evidenceLike = (id: string) => {
    const out = map.edges.filter((r) => r.source === id);
    const driven = map.edges.some((r) => r.target === id && drives(r));
    return out.some((r) => !drives(r)) && !out.some(drives) && (byId.get(id)?.kind === 'evidence' || !driven);
  };
  return map.edges.map((r) => {
    const backwards = (r.relation === 'motivates' && refutedAssumption(r.source)) || (r.relation === 'refutes' && refutedAssumption(r.target) && evidenceLike(r.source));
    return backwards ? [r.target, r.source] : [r.source, r.target];
  });
}

function hasCycle(links: readonly [string, string][]): boolean {
  const next = new Map<string, string[]>();
  for (const [a, b] of links) next.set(a, [...(next.get(a) ?? []), b]);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): boolean => {
    if (state.get(id) === 'done') return false;
    if (state.get(id) === 'open') return true;
    state.set(id, 'open');
    const cyclic = (next.get(id) ?? []).some(visit);
    state.set(id, 'done');
    return cyclic;
  };
  return [...next.keys()].some(visit);
}

/** Keeps only the links that go forward in file order, which can form no cycle. */
function acyclic(map: ArgumentMap): ArgumentMap {
  const at = new Map(map.nodes.map((c, i) => [c.id, i]));
  return { ...map, edges: map.edges.filter((r) => (at.get(r.source) ?? 0) < (at.get(r.target) ?? 0)) };
}
