// The evaluation half of the store's data: real marks, a what-if view or a practice round, and the open "Why?".
import type { StatusOverrides } from '../model/applyWhatIf.ts';
import type { ArgumentMap, Status } from '../model/schema.ts';
import type { Selection } from './editState.ts';

/**
 * How statuses are shown and what the status buttons change:
 * - `real`: the map's own marks; status buttons edit the map (undoable, saved);
 * - `whatIf`: temporary overrides on top of the marks; never saved, never in the undo history;
 * - `practice`: the marks are hidden and the student's own marks are shown; `checked` once "Check" was pressed.
 */
export type EvaluationMode =
  | { kind: 'real' }
  | { kind: 'whatIf'; overrides: StatusOverrides }
  | { kind: 'practice'; marks: Readonly<Record<string, Status>>; checked: boolean };

export interface EvaluationData {
  evaluationMode: EvaluationMode;
  /** The claim whose "Why?" explanation is open, or null. */
  whyOpen: string | null;
}

export const REAL_MARKS: EvaluationMode = { kind: 'real' };
const NO_OVERRIDES: StatusOverrides = {};

export const EMPTY_EVALUATION_DATA: EvaluationData = { evaluationMode: REAL_MARKS, whyOpen: null };

interface EvaluableState extends EvaluationData {
  map: ArgumentMap | null;
  selection: Selection;
}

export function withWhatIf<S extends EvaluableState>(state: S): S {
  if (!state.map || state.evaluationMode.kind === 'whatIf') return state;
  return { ...state, evaluationMode: { kind: 'whatIf', overrides: NO_OVERRIDES }, whyOpen: null };
}

/** Back to the real marks from what-if or practice: nothing of either is kept in the map. */
export function withRealMarks<S extends EvaluableState>(state: S): S {
  if (state.evaluationMode.kind === 'real') return state;
  return { ...state, evaluationMode: REAL_MARKS, whyOpen: null };
}

export function withPractice<S extends EvaluableState>(state: S, marks: Readonly<Record<string, Status>> = {}): S {
  if (!state.map) return state;
  return { ...state, evaluationMode: { kind: 'practice', marks: knownMarks(state.map, marks), checked: false }, whyOpen: null };
}

/** Marks brought back from the browser join the round, unless the student already marked those claims. */
export function withRestoredPracticeMarks<S extends EvaluableState>(state: S, marks: Readonly<Record<string, Status>>): S {
  const mode = state.evaluationMode;
  if (mode.kind !== 'practice' || !state.map) return state;
  return { ...state, evaluationMode: { ...mode, marks: { ...knownMarks(state.map, marks), ...mode.marks } } };
}

/** Sets the status of `ids` in the current mode; false in `real` mode, where the caller edits the map instead. */
export function withModeStatus<S extends EvaluableState>(state: S, ids: readonly string[], status: Status): S | false {
  const mode = state.evaluationMode;
  if (mode.kind === 'real') return false;
  if (!state.map || ids.length === 0) return state;
  const known = ids.filter((id) => state.map?.nodes.some((claim) => claim.id === id));
  if (mode.kind === 'whatIf') {
    const overrides: Record<string, Status> = { ...mode.overrides };
    for (const id of known) {
      const real = state.map.nodes.find((claim) => claim.id === id)?.status;
      if (real === status) delete overrides[id];
      else overrides[id] = status;
    }
    return { ...state, evaluationMode: { kind: 'whatIf', overrides } };
  }
  const marks: Record<string, Status> = { ...mode.marks };
  for (const id of known) marks[id] = status;
  return { ...state, evaluationMode: { kind: 'practice', marks, checked: false } };
}

export function withPracticeChecked<S extends EvaluableState>(state: S, checked: boolean): S {
  const mode = state.evaluationMode;
  if (mode.kind !== 'practice' || mode.checked === checked) return state;
  return { ...state, evaluationMode: { ...mode, checked } };
}

export function withPracticeCleared<S extends EvaluableState>(state: S): S {
  if (state.evaluationMode.kind !== 'practice') return state;
  return { ...state, evaluationMode: { kind: 'practice', marks: {}, checked: false }, whyOpen: null };
}

export function withWhyOpen<S extends EvaluableState>(state: S, id: string | null): S {
  if (state.whyOpen === id) return state;
  if (id !== null && !state.map?.nodes.some((claim) => claim.id === id)) return state;
  return { ...state, whyOpen: id };
}

/** The overrides in force, or none outside what-if. */
export function overridesOf(mode: EvaluationMode): StatusOverrides {
  return mode.kind === 'whatIf' ? mode.overrides : NO_OVERRIDES;
}

function knownMarks(map: ArgumentMap, marks: Readonly<Record<string, Status>>): Record<string, Status> {
  const ids = new Set(map.nodes.map((claim) => claim.id));
  return Object.fromEntries(Object.entries(marks).filter(([id]) => ids.has(id)));
}
