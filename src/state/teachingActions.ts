// The store's teaching actions: present step by step, edit the story (as undoable edits), outline, search, filters and focus.
import { moveStoryStep, resetStoryOrder, setStoryNote, setStoryRevealPoint } from '../model/edits/storyEdits.ts';
import type { ArgumentMap, ClaimKind, RelationKind } from '../model/schema.ts';
import { NO_FILTER } from '../model/viewFilter.ts';
import { type EditableState, withEdit } from './editState.ts';
import { withStatus } from './mapState.ts';
import {
  presentOrder,
  type TeachingData,
  withClaimRevealed,
  withFilter,
  withFocus,
  withFocusDepth,
  withKindToggled,
  withPresentationEnded,
  withRelationToggled,
  withStep,
  withStepInRange,
} from './teachingState.ts';

export interface TeachingActions {
  /** Enters the presentation at `step` (1-based, default 1). */
  startPresenting(step?: number): void;
  stopPresenting(): void;
  goToStep(step: number): void;
  nextStep(): void;
  previousStep(): void;
  moveStep(from: number, to: number): void;
  setStepNote(id: string, note: string): void;
  /** Reveals claim `id`'s mark from the step of claim `at`; null goes back to the staged-reveal rules. */
  setStepRevealPoint(id: string, at: string | null): void;
  resetStory(): void;
  setOutlineOpen(open: boolean): void;
  setTextOpen(open: boolean): void;
  /** Selects a claim, shows it if the filters hide it, and moves the view to it. */
  revealClaim(id: string): void;
  toggleHiddenKind(kind: ClaimKind): void;
  toggleHiddenRelation(relation: RelationKind): void;
  focusOn(id: string, depth?: number): void;
  setFocusDepth(depth: number): void;
  clearFocus(): void;
  clearFilters(): void;
}

type TeachingStore = EditableState & TeachingData;
type Set<S> = (transition: (state: S) => S) => void;
type Get<S> = () => S;

export function createTeachingActions<S extends TeachingStore>(set: Set<S>, get: Get<S>): TeachingActions {
  const step = () => get().presenting?.step ?? 1;
  /** A story edit is an edit of the map like any other: one undo step, saved with the file. */
  const editStory = (edit: (map: ArgumentMap) => ArgumentMap, words: string) =>
    set((state) => {
      if (!state.map) return state;
      const next = edit(state.map);
      if (next === state.map) return state;
      const edited = withStepInRange(withEdit(state, next));
      return { ...edited, status: withStatus(edited, words).status };
    });
  const label = (id: string) => get().map?.nodes.find((claim) => claim.id === id)?.label ?? id;
  return {
    startPresenting: (at = 1) => set((state) => withStep(state, at)),
    stopPresenting: () => set((state) => withPresentationEnded(state)),
    goToStep: (at) => set((state) => withStep(state, at)),
    nextStep: () => set((state) => withStep(state, step() + 1)),
    previousStep: () => set((state) => withStep(state, step() - 1)),
    moveStep: (from, to) => {
      const map = get().map;
      if (!map) return;
      const id = presentOrder(map)[from];
      if (id === undefined) return;
      editStory((m) => moveStoryStep(m, from, to), `Moved “${label(id)}” to step ${to + 1}`);
    },
    setStepNote: (id, note) => editStory((m) => setStoryNote(m, id, note), `Note saved for “${label(id)}”`),
    setStepRevealPoint: (id, at) =>
      editStory(
        (m) => setStoryRevealPoint(m, id, at),
        at === null ? `The mark of “${label(id)}” shows when it is decided` : `The mark of “${label(id)}” shows from the step of “${label(at)}”`,
      ),
    resetStory: () => editStory(resetStoryOrder, 'Steps back in the order of the links'),
    setOutlineOpen: (open) => set((state) => (state.outlineOpen === open ? state : { ...state, outlineOpen: open })),
    setTextOpen: (open) => set((state) => (state.textOpen === open ? state : { ...state, textOpen: open })),
    revealClaim: (id) => set((state) => withClaimRevealed(state, id)),
    toggleHiddenKind: (kind) => set((state) => withKindToggled(state, kind)),
    toggleHiddenRelation: (relation) => set((state) => withRelationToggled(state, relation)),
    focusOn: (id, depth) => set((state) => withFocus(state, id, depth)),
    setFocusDepth: (depth) => set((state) => withFocusDepth(state, depth)),
    clearFocus: () => set((state) => withFilter(state, { ...state.filter, focus: null })),
    clearFilters: () => set((state) => withFilter(state, NO_FILTER)),
  };
}
