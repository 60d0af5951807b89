// The store's evaluation actions: what-if and practice modes, and the status buttons routed by the mode.
import type { ArgumentMap, Status } from '../model/schema.ts';
import type { Selection } from './editState.ts';
import {
  type EvaluationData,
  withModeStatus,
  withPractice,
  withPracticeChecked,
  withPracticeCleared,
  withRealMarks,
  withRestoredPracticeMarks,
  withWhatIf,
  withWhyOpen,
} from './evaluationState.ts';

export interface EvaluationActions {
  enterWhatIf(): void;
  /** Leaves what-if or practice: the real marks show again, exactly as they were. */
  backToRealMarks(): void;
  enterPractice(): void;
  /** Adds marks kept in the browser from an earlier round on this map. */
  restorePracticeMarks(marks: Readonly<Record<string, Status>>): void;
  checkPractice(): void;
  /** Hides the verdicts so the student can change marks and check again. */
  keepPracticing(): void;
  clearPracticeMarks(): void;
  /** Edits the map's marks normally; sets overrides in what-if and the student's marks in practice. */
  setStatusOfSelection(status: Status): void;
  /** The same routing for one claim, e.g. the inspector's status field. */
  setClaimStatus(id: string, status: Status): void;
  openWhy(id: string | null): void;
}

interface EvaluableStoreState extends EvaluationData {
  map: ArgumentMap | null;
  selection: Selection;
}

type Set<S> = (transition: (state: S) => S) => void;
type Get<S> = () => S;

/**
 * `editStatus` and `editClaimStatus` are the editing half's status edits (one undoable step each); they run only with the real marks, so
 * neither what-if nor practice can reach the map, its history or its working copy.
 */
export function createEvaluationActions<S extends EvaluableStoreState>(
  set: Set<S>,
  get: Get<S>,
  editStatus: (status: Status) => void,
  editClaimStatus: (id: string, status: Status) => void,
): EvaluationActions {
  return {
    enterWhatIf: () => set((state) => withWhatIf(state)),
    backToRealMarks: () => set((state) => withRealMarks(state)),
    enterPractice: () => set((state) => (state.evaluationMode.kind === 'practice' ? state : withPractice(state))),
    restorePracticeMarks: (marks) => set((state) => withRestoredPracticeMarks(state, marks)),
    checkPractice: () => set((state) => withPracticeChecked(state, true)),
    keepPracticing: () => set((state) => withPracticeChecked(state, false)),
    clearPracticeMarks: () => set((state) => withPracticeCleared(state)),
    setStatusOfSelection: (status) => {
      const next = withModeStatus(get(), get().selection.claims, status);
      if (next === false) editStatus(status);
      else set(() => next);
    },
    setClaimStatus: (id, status) => {
      const next = withModeStatus(get(), [id], status);
      if (next === false) editClaimStatus(id, status);
      else set(() => next);
    },
    openWhy: (id) => set((state) => withWhyOpen(state, id)),
  };
}
