import { flagWords } from '../model/flagWords.ts';
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../layout/layoutMap.ts';
import { aClaim, aMap, aRelation } from '../model/testBuilders.ts';
import type { EvaluationMode } from './evaluationState.ts';
import { shownMapOf, standingViewOf } from './evaluationView.ts';
import { mapToFlow } from './mapToFlow.ts';
import { withStanding } from './withStanding.ts';

const map = aMap(
  [
    aClaim('belief', { kind: 'assumption', status: 'refuted', label: 'Belief' }),
    aClaim('decision', { kind: 'event', status: 'supported', label: 'Decision' }),
    aClaim('archives', { kind: 'evidence', status: 'supported', label: 'Archives' }),
  ],
  [aRelation('belief', 'decision', { relation: 'motivates' }), aRelation('archives', 'belief', { relation: 'refutes' })],
);
const layout = layoutMap(map, {});

function flowIn(mode: EvaluationMode) {
  const plain = mapToFlow(shownMapOf(map, mode), layout);
  return { plain, decorated: withStanding(plain, standingViewOf(map, mode)) };
}

describe('withStanding', () => {
  it('adds flags and broken links, names them in words, and leaves plain claims and links as they were', () => {
    const { plain, decorated } = flowIn({ kind: 'real' });
    const decision = decorated.nodes.find((n) => n.id === 'decision');
    expect(decision?.data.standing?.flags).toEqual(['restsOnMiscalculation']);
    expect(decision?.ariaLabel).toBe('Decision — Event, Supported, flagged: rests on a refuted assumption');
    expect(decorated.nodes.find((n) => n.id === 'archives')).toBe(plain.nodes.find((n) => n.id === 'archives'));
    const broken = decorated.edges.find((e) => e.id === 'belief-motivates-decision');
    expect(broken?.data?.broken).toBe(true);
    expect(broken?.ariaLabel).toContain('broken');
    expect(decorated.edges.find((e) => e.id === 'archives-refutes-belief')).toBe(plain.edges.find((e) => e.id === 'archives-refutes-belief'));
  });

  it('names the flag in the map’s own words', () => {
    const plain = mapToFlow(map, layout);
    const named = withStanding(plain, standingViewOf(map, { kind: 'real' }), flagWords('Pretext'));
    expect(named.nodes.find((n) => n.id === 'decision')?.ariaLabel).toBe('Decision — Event, Supported, flagged: pretext (rests on a refuted assumption)');
  });

  it('in what-if shows the tried status and names the real one', () => {
    const { decorated } = flowIn({ kind: 'whatIf', overrides: { belief: 'supported' } });
    const belief = decorated.nodes.find((n) => n.id === 'belief');
    expect(belief?.data.status).toBe('supported');
    expect(belief?.ariaLabel).toContain('what-if: really Refuted');
    expect(decorated.nodes.find((n) => n.id === 'decision')?.data.standing).toBeUndefined();
  });

  it('in practice hides every real status, in the data and in the name', () => {
    const { decorated } = flowIn({ kind: 'practice', marks: { decision: 'refuted' }, checked: false });
    for (const node of decorated.nodes) {
      expect(node.ariaLabel).not.toMatch(/Supported|flagged/);
      expect(node.data.status).toBe(node.id === 'decision' ? 'refuted' : 'unassessed');
    }
    expect(decorated.nodes.find((n) => n.id === 'belief')?.ariaLabel).toBe('Belief — Assumption, not marked yet');
    expect(decorated.edges.some((e) => e.data?.broken)).toBe(false);
  });
});
