import { describe, expect, it } from 'vitest';
import { aClaim, aMap, aRelation } from '../model/testBuilders.ts';
import { createMapStore } from './createMapStore.ts';
import { canUndoEdit, isDirty } from './editState.ts';
import { shownMapOf, standingViewOf } from './evaluationView.ts';

/** assumption (refuted) → motivates → decision → causes → outcome; evidence refutes the assumption. */
function buildupMap() {
  return aMap(
    [
      aClaim('belief', { kind: 'assumption', status: 'refuted', label: 'Belief' }),
      aClaim('decision', { kind: 'event', status: 'supported', label: 'Decision' }),
      aClaim('outcome', { kind: 'event', status: 'supported', label: 'Outcome' }),
      aClaim('archives', { kind: 'evidence', status: 'supported', label: 'Archives' }),
    ],
    [
      aRelation('belief', 'decision', { relation: 'motivates' }),
      aRelation('decision', 'outcome'),
      aRelation('archives', 'belief', { relation: 'refutes' }),
    ],
  );
}

function storeWithSelection(ids: string[]) {
  const store = createMapStore({ map: buildupMap() });
  store.getState().select({ claims: ids, relations: [] });
  return store;
}

function flagsOf(store: ReturnType<typeof createMapStore>, id: string) {
  const state = store.getState();
  return state.map ? (standingViewOf(state.map, state.evaluationMode).claims[id]?.flags ?? []) : undefined;
}

describe('status buttons with the real marks', () => {
  it('edit the map as one undoable step, and the flags follow at once', () => {
    const store = storeWithSelection(['belief']);
    expect(flagsOf(store, 'outcome')).toEqual(['restsOnMiscalculation']);
    store.getState().setStatusOfSelection('supported');
    expect(store.getState().map?.nodes[0]?.status).toBe('supported');
    expect(canUndoEdit(store.getState())).toBe(true);
    expect(flagsOf(store, 'outcome')).toEqual([]);
  });
});

describe('what-if', () => {
  it('sets overrides instead of editing: the map, its history and its saved state stay as they were', () => {
    const store = storeWithSelection(['belief']);
    const before = store.getState().map;
    store.getState().enterWhatIf();
    store.getState().setStatusOfSelection('supported');
    const state = store.getState();
    expect(state.map).toBe(before);
    expect(canUndoEdit(state)).toBe(false);
    expect(isDirty(state)).toBe(false);
    expect(state.evaluationMode).toEqual({ kind: 'whatIf', overrides: { belief: 'supported' } });
    expect(shownMapOf(before ?? buildupMap(), state.evaluationMode).nodes[0]?.status).toBe('supported');
    expect(flagsOf(store, 'outcome')).toEqual([]);
    expect(standingViewOf(state.map ?? buildupMap(), state.evaluationMode).claims.belief?.whatIfWas).toBe('refuted');
  });

  it('forgets an override that sets the real mark again', () => {
    const store = storeWithSelection(['belief']);
    store.getState().enterWhatIf();
    store.getState().setStatusOfSelection('supported');
    store.getState().setStatusOfSelection('refuted');
    expect(store.getState().evaluationMode).toEqual({ kind: 'whatIf', overrides: {} });
  });

  it('returns to the real marks in one step, and status buttons edit the map again', () => {
    const store = storeWithSelection(['belief']);
    store.getState().enterWhatIf();
    store.getState().setStatusOfSelection('supported');
    store.getState().backToRealMarks();
    expect(store.getState().evaluationMode).toEqual({ kind: 'real' });
    expect(flagsOf(store, 'outcome')).toEqual(['restsOnMiscalculation']);
    store.getState().setStatusOfSelection('contested');
    expect(store.getState().map?.nodes[0]?.status).toBe('contested');
  });

  it('keeps its overrides across real edits such as undo, and ends when another map is opened', () => {
    const store = storeWithSelection(['decision']);
    store.getState().setStatusOfSelection('contested');
    store.getState().enterWhatIf();
    store.getState().select({ claims: ['belief'], relations: [] });
    store.getState().setStatusOfSelection('supported');
    store.getState().undo();
    expect(store.getState().map?.nodes[1]?.status).toBe('supported');
    expect(store.getState().evaluationMode.kind).toBe('whatIf');
    store.getState().openMap(buildupMap(), { kind: 'file', fileName: 'other.json' });
    expect(store.getState().evaluationMode).toEqual({ kind: 'real' });
  });
});

describe('one claim’s status (the inspector’s field)', () => {
  it('is routed by the mode like the status buttons', () => {
    const store = createMapStore({ map: buildupMap() });
    store.getState().enterWhatIf();
    store.getState().setClaimStatus('belief', 'supported');
    expect(store.getState().evaluationMode).toEqual({ kind: 'whatIf', overrides: { belief: 'supported' } });
    expect(canUndoEdit(store.getState())).toBe(false);
    store.getState().enterPractice();
    store.getState().setClaimStatus('outcome', 'refuted');
    expect(store.getState().evaluationMode).toEqual({ kind: 'practice', marks: { outcome: 'refuted' }, checked: false });
    store.getState().backToRealMarks();
    store.getState().setClaimStatus('belief', 'contested');
    expect(store.getState().map?.nodes[0]?.status).toBe('contested');
    expect(canUndoEdit(store.getState())).toBe(true);
  });
});

describe('practice', () => {
  it('hides flags until Check, then shows verdicts, the map’s marks and the flags of the marked claims as feedback', () => {
    const store = storeWithSelection(['belief', 'decision']);
    store.getState().enterPractice();
    store.getState().setStatusOfSelection('refuted');
    const state = store.getState();
    expect(state.map?.nodes[0]?.status).toBe('refuted');
    expect(state.map?.nodes[1]?.status).toBe('supported');
    expect(canUndoEdit(state)).toBe(false);
    expect(flagsOf(store, 'outcome')).toEqual([]);
    expect(standingViewOf(buildupMap(), state.evaluationMode).brokenRelations.size).toBe(0);

    store.getState().checkPractice();
    const view = standingViewOf(store.getState().map ?? buildupMap(), store.getState().evaluationMode);
    expect(view.claims.belief?.practice).toEqual({ mark: 'refuted', verdict: 'agree', expected: 'refuted' });
    expect(view.claims.decision?.practice).toEqual({ mark: 'refuted', verdict: 'differ', expected: 'supported' });
    expect(view.claims.outcome?.practice).toEqual({ mark: null, verdict: 'unmarked', expected: 'supported' });
    expect(view.claims.decision?.flags).toEqual(['restsOnMiscalculation']);
    // Unmarked, so its flag would be an answer the student has not tried yet.
    expect(view.claims.outcome?.flags).toEqual([]);
    expect([...view.brokenRelations]).toEqual(['belief-motivates-decision']);
  });

  it('takes the verdicts away when a mark changes after Check', () => {
    const store = storeWithSelection(['belief']);
    store.getState().enterPractice();
    store.getState().setStatusOfSelection('supported');
    store.getState().checkPractice();
    store.getState().setStatusOfSelection('refuted');
    expect(store.getState().evaluationMode).toEqual({ kind: 'practice', marks: { belief: 'refuted' }, checked: false });
  });

  it('restores stored marks for known claims without overwriting marks already made', () => {
    const store = storeWithSelection(['belief']);
    store.getState().enterPractice();
    store.getState().setStatusOfSelection('contested');
    store.getState().restorePracticeMarks({ belief: 'supported', outcome: 'refuted', gone: 'refuted' });
    expect(store.getState().evaluationMode).toEqual({ kind: 'practice', marks: { belief: 'contested', outcome: 'refuted' }, checked: false });
    store.getState().clearPracticeMarks();
    expect(store.getState().evaluationMode).toEqual({ kind: 'practice', marks: {}, checked: false });
  });

  it('leaves practice with the real marks and the map untouched', () => {
    const store = storeWithSelection(['belief']);
    const before = store.getState().map;
    store.getState().enterPractice();
    store.getState().setStatusOfSelection('supported');
    store.getState().backToRealMarks();
    expect(store.getState().map).toBe(before);
    expect(store.getState().evaluationMode).toEqual({ kind: 'real' });
  });
});

describe('Why?', () => {
  it('opens for a claim of the map and closes; unknown ids are ignored', () => {
    const store = createMapStore({ map: buildupMap() });
    store.getState().openWhy('outcome');
    expect(store.getState().whyOpen).toBe('outcome');
    store.getState().openWhy('nowhere');
    expect(store.getState().whyOpen).toBe('outcome');
    store.getState().openWhy(null);
    expect(store.getState().whyOpen).toBeNull();
  });
});
