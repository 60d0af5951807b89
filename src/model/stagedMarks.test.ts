import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimFlags, evaluateMap } from './evaluateMap.ts';
import type { ArgumentMap } from './schema.ts';
import { markRevealSteps, marksRevealedBySteps, stagedStep } from './stagedMarks.ts';
import { stepOrder } from './stepOrder.ts';
import { anyMap } from './testArbitraries.ts';
import { aClaim, aMap, aRelation } from './testBuilders.ts';
import { loadSeedMap } from './testSeedMap.ts';

const supports = (s: string, t: string) => aRelation(s, t, { relation: 'supports' });
const refutes = (s: string, t: string) => aRelation(s, t, { relation: 'refutes' });
const motivates = (s: string, t: string) => aRelation(s, t, { relation: 'motivates' });

/** The twist: a decision rests on a belief that a quote, shown later, refutes. */
const twist = aMap(
  [
    aClaim('invasion', { kind: 'event', status: 'supported' }),
    aClaim('decision', { kind: 'event', status: 'supported' }),
    aClaim('belief', { kind: 'assumption', status: 'refuted' }),
    aClaim('quote', { kind: 'evidence', status: 'supported' }),
    aClaim('thesis', { status: 'supported' }),
  ],
  [aRelation('invasion', 'decision'), motivates('belief', 'decision'), refutes('quote', 'belief'), supports('quote', 'thesis')],
);
const twistOrder = ['invasion', 'decision', 'belief', 'quote', 'thesis'];

describe('markRevealSteps', () => {
  it('shows a refuted claim’s mark from the first step showing a refuter, a supported one’s from its first supporter', () => {
    expect(Object.fromEntries(markRevealSteps(twist, twistOrder))).toEqual({ invasion: 1, decision: 2, belief: 4, quote: 4, thesis: 5 });
  });

  it('never before the claim itself: a refuter shown earlier reveals the mark with the claim', () => {
    expect(markRevealSteps(twist, ['quote', 'belief', 'invasion', 'decision', 'thesis']).get('belief')).toBe(2);
  });

  it('a contested claim waits until both a supporter and a refuter are shown, or for the one kind it has', () => {
    const map = aMap(
      [aClaim('debated', { status: 'contested' }), aClaim('pro'), aClaim('con'), aClaim('lonely', { status: 'contested' }), aClaim('one-sided', { status: 'contested' })],
      [supports('pro', 'debated'), refutes('con', 'debated'), refutes('con', 'one-sided')],
    );
    const steps = markRevealSteps(map, ['debated', 'pro', 'lonely', 'one-sided', 'con']);
    expect(steps.get('debated')).toBe(5);
    expect(steps.get('lonely')).toBe(3);
    expect(steps.get('one-sided')).toBe(5);
    expect(markRevealSteps(map, ['con', 'debated', 'pro', 'lonely', 'one-sided']).get('debated')).toBe(3);
  });

  it('an unassessed claim, or one nothing supports or refutes, shows its mark at its own step', () => {
    const map = aMap([aClaim('open'), aClaim('refuted-alone', { status: 'refuted' }), aClaim('pro', { status: 'supported' })], [supports('pro', 'open')]);
    expect(Object.fromEntries(markRevealSteps(map, ['open', 'refuted-alone', 'pro']))).toEqual({ open: 1, 'refuted-alone': 2, pro: 3 });
  });

  it('follows the teacher’s reveal point, a claim id, but never before the claim’s own step', () => {
    const later = { ...twist, story: [{ id: 'belief', revealMarkAt: 'thesis' }] };
    expect(markRevealSteps(later, twistOrder).get('belief')).toBe(5);
    const atOnce = { ...twist, story: [{ id: 'belief', revealMarkAt: 'belief' }] };
    expect(markRevealSteps(atOnce, twistOrder).get('belief')).toBe(3);
    const before = { ...twist, story: [{ id: 'belief', revealMarkAt: 'invasion' }] };
    expect(markRevealSteps(before, twistOrder).get('belief')).toBe(3);
  });

  it('lists, step by step, the marks each step reveals', () => {
    expect(marksRevealedBySteps(markRevealSteps(twist, twistOrder), twistOrder)).toEqual([['invasion'], ['decision'], [], ['belief', 'quote'], ['thesis']]);
  });
});

describe('stagedStep', () => {
  it('hides the refuted assumption’s mark, and the flags resting on it, until the refuting quote’s step', () => {
    const three = stagedStep(twist, twistOrder, 3);
    expect([...(three?.hiddenMarks ?? [])].sort()).toEqual(['belief', 'quote', 'thesis']);
    expect(three?.map.nodes.find((c) => c.id === 'belief')?.status).toBe('unassessed');
    expect(claimFlags(three?.evaluation ?? evaluateMap(twist), 'decision')).toEqual([]);
    expect(three?.evaluation.relations['belief-motivates-decision']?.broken).toBeUndefined();

    const four = stagedStep(twist, twistOrder, 4);
    expect(four?.hiddenMarks.has('belief')).toBe(false);
    expect(four?.map.nodes.find((c) => c.id === 'belief')?.status).toBe('refuted');
    expect(claimFlags(four?.evaluation ?? evaluateMap(twist), 'decision').map((f) => f.kind)).toEqual(['restsOnMiscalculation']);
    expect(four?.evaluation.relations['belief-motivates-decision']?.broken).toBeDefined();
  });

  it('clamps the step and has nothing to show for an empty map', () => {
    expect(stagedStep(twist, twistOrder, 99)?.step).toBe(5);
    expect(stagedStep(aMap(), [], 1)).toBeNull();
  });

  it('on the seed map, the archival evidence reveals the refuted US assumption and the flags on the buildup', () => {
    const map = loadSeedMap();
    const order = stepOrder(map);
    const assumptionStep = order.indexOf('stalin-drove-invasion') + 1;
    const revealedAt = markRevealSteps(map, order).get('stalin-drove-invasion') as number;
    expect(revealedAt).toBeGreaterThan(assumptionStep);
    expect(map.edges.some((r) => r.relation === 'refutes' && r.target === 'stalin-drove-invasion' && r.source === order[revealedAt - 1])).toBe(true);
    expect(stagedStep(map, order, revealedAt - 1)?.hiddenMarks.has('stalin-drove-invasion')).toBe(true);
    expect(stagedStep(map, order, revealedAt)?.hiddenMarks.has('stalin-drove-invasion')).toBe(false);
  });
});

describe('stagedStep on any map', () => {
  const withOrder = anyMap(10, 30).map((map) => ({ map, order: stepOrder(map) }));

  it('reveals a mark no earlier than its claim and keeps it revealed; the last step shows every mark and the full standing', () => {
    fc.assert(
      fc.property(withOrder, ({ map, order }) => {
        const steps = markRevealSteps(map, order);
        order.forEach((id, i) => {
          const at = steps.get(id) as number;
          expect(at).toBeGreaterThanOrEqual(i + 1);
          expect(at).toBeLessThanOrEqual(order.length);
        });
        let hidden = new Set(map.nodes.map((c) => c.id));
        for (let step = 1; step <= order.length; step += 1) {
          const staged = stagedStep(map, order, step);
          for (const id of staged?.hiddenMarks ?? []) expect(hidden.has(id)).toBe(true);
          hidden = new Set(staged?.hiddenMarks);
        }
        const last = stagedStep(map, order, order.length);
        if (last) {
          expect(last.hiddenMarks.size).toBe(0);
          expect(last.evaluation).toEqual(evaluateMap(map));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('no flag gives a hidden mark away: whatever a hidden claim is really marked, the step’s flags are the same', () => {
    fc.assert(
      fc.property(withOrder, fc.nat(), fc.constantFrom('supported', 'refuted', 'contested', 'unassessed' as const), ({ map, order }, pick, status) => {
        if (order.length === 0) return;
        const step = 1 + (pick % order.length);
        const staged = stagedStep(map, order, step);
        const hidden = [...(staged?.hiddenMarks ?? [])];
        const id = hidden[pick % Math.max(1, hidden.length)];
        if (id === undefined) return;
        const remarked: ArgumentMap = { ...map, nodes: map.nodes.map((c) => (c.id === id ? { ...c, status } : c)) };
        const again = stagedStep(remarked, order, step);
        // Another mark may be decided earlier (a supported claim with no supporter shows at once); hidden or unassessed, it must change nothing.
        if (!again?.hiddenMarks.has(id) && status !== 'unassessed') return;
        expect(again?.evaluation).toEqual(staged?.evaluation);
      }),
      { numRuns: 300 },
    );
  });
});
