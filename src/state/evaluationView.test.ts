import { describe, expect, it } from 'vitest';
import { aClaim, aMap, aRelation } from '../model/testBuilders.ts';
import { evaluationOf, exportViewOf, shownMapOf, shownStatus, standingViewOf } from './evaluationView.ts';
import type { EvaluationMode } from './evaluationState.ts';

const map = aMap(
  [aClaim('belief', { kind: 'assumption', status: 'refuted' }), aClaim('decision', { status: 'supported' })],
  [aRelation('belief', 'decision', { relation: 'motivates' })],
);
const whatIf: EvaluationMode = { kind: 'whatIf', overrides: { belief: 'supported' } };
const practice: EvaluationMode = { kind: 'practice', marks: { decision: 'refuted' }, checked: false };

describe('evaluation views', () => {
  it('computes the evaluation once per map object', () => {
    expect(evaluationOf(map)).toBe(evaluationOf(map));
    expect(shownMapOf(map, whatIf)).toBe(shownMapOf(map, whatIf));
    expect(shownMapOf(map, { kind: 'real' })).toBe(map);
  });

  it('never changes the statuses set in the map', () => {
    const before = JSON.stringify(map);
    standingViewOf(map, whatIf);
    standingViewOf(map, { ...practice, checked: true });
    exportViewOf(map, whatIf);
    expect(JSON.stringify(map)).toBe(before);
  });

  it('in a checked practice round, shows flags and broken links only where the student marked', () => {
    const chain = aMap(
      [
        aClaim('belief', { kind: 'assumption', status: 'refuted' }),
        aClaim('decision', { status: 'supported' }),
        aClaim('outcome', { status: 'supported' }),
      ],
      [aRelation('belief', 'decision', { relation: 'motivates' }), aRelation('decision', 'outcome')],
    );
    expect(standingViewOf(chain, { kind: 'real' }).claims.outcome?.flags).toEqual(['restsOnMiscalculation']);
    const round: EvaluationMode = { kind: 'practice', marks: { decision: 'refuted' }, checked: true };
    const view = standingViewOf(chain, round);
    expect(view.claims.decision?.flags).toEqual(['restsOnMiscalculation']);
    expect(view.claims.outcome?.flags).toEqual([]);
    expect([...view.brokenRelations]).toEqual([]);
    const both = standingViewOf(chain, { ...round, marks: { belief: 'refuted', decision: 'refuted' } });
    expect([...both.brokenRelations]).toEqual(['belief-motivates-decision']);
  });

  it('shows what the status buttons press: override, student mark (or none), or the real mark', () => {
    const belief = map.nodes[0] ?? aClaim('x');
    const decision = map.nodes[1] ?? aClaim('y');
    expect(shownStatus(whatIf, belief)).toBe('supported');
    expect(shownStatus(whatIf, decision)).toBe('supported');
    expect(shownStatus(practice, belief)).toBeNull();
    expect(shownStatus(practice, decision)).toBe('refuted');
    expect(shownStatus({ kind: 'real' }, belief)).toBe('refuted');
  });

  it('exports the what-if statuses with their flags and the real marks they replace; practice exports the plain map', () => {
    const real = exportViewOf(map, { kind: 'real' });
    expect(real.map).toBe(map);
    expect(real.standing?.evaluation.claims.decision?.restsOnMiscalculation).toBeDefined();
    const tried = exportViewOf(map, whatIf);
    expect(tried.map.nodes[0]?.status).toBe('supported');
    expect(tried.standing?.whatIfWas).toEqual({ belief: 'refuted' });
    expect(tried.standing?.evaluation.claims.decision).toEqual({});
    expect(exportViewOf(map, practice)).toEqual({ map });
  });
});
