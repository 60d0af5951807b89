// The one app store (zustand vanilla): the map on screen, its layout and load state, with synchronous actions.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LayoutStep } from '../layout/layoutMap.ts';
import type { MapLayout } from '../layout/types.ts';
import type { ParseResult } from '../model/parseMap.ts';
import type { Problem } from '../model/problems.ts';
import type { ArgumentMap, Direction } from '../model/schema.ts';
import { createEditActions, type EditActions } from './editActions.ts';
import { EMPTY_EDIT_DATA, type EditData, withEditingReset } from './editState.ts';
import { createEvaluationActions, type EvaluationActions } from './evaluationActions.ts';
import { EMPTY_EVALUATION_DATA, type EvaluationData, withRealMarks } from './evaluationState.ts';
import { withLayoutProgress, withLayoutResult } from './layoutJob.ts';
import { createKeyboardEditActions, type KeyboardEditActions } from './keyboardEditActions.ts';
import { createMapMetaActions, type MapMetaActions } from './mapMetaActions.ts';
import { createTeachingActions, type TeachingActions } from './teachingActions.ts';
import { EMPTY_TEACHING_DATA, type TeachingData } from './teachingState.ts';
import {
  EMPTY_MAP_DATA,
  type MapData,
  type MapOrigin,
  type OpeningLayout,
  withLayoutFailure,
  withLoadProblems,
  withMap,
  withOpenedMap,
  withOpenedText,
  withParsedFile,
  withStatus,
} from './mapState.ts';

export interface MapActions {
  /** Shows a map that is already valid (e.g. built in a test or by a later feature). */
  openMap(map: ArgumentMap, origin: MapOrigin): void;
  /** Shows file text if it is a valid map; otherwise shows its problems and keeps the map on screen. */
  openText(text: string, origin: MapOrigin): void;
  /**
   * Like openText, with the text already read by parseMap (the app reads big files, and the map named in the
   * address at start, in its layout worker); `opening` is the map's layout when that was computed there too.
   */
  openParsed(parsed: ParseResult, origin: MapOrigin, opening?: OpeningLayout | null): void;
  /** Replaces the map on screen and re-lays it: the single entry point for edits. */
  replaceMap(map: ArgumentMap): void;
  startLoading(what: string): void;
  showLoadProblems(title: string, problems: Problem[]): void;
  dismissProblems(): void;
  setDirection(direction: Direction): void;
  toggleDirection(): void;
  announce(text: string): void;
  /** The layout worker's report on request `id` (stale ids are ignored, so only the latest request counts). */
  layoutProgress(id: number, step: LayoutStep): void;
  applyLayout(id: number, layout: MapLayout): void;
  layoutFailed(id: number, message: string): void;
}

export type MapStoreState = MapData &
  MapActions &
  EditData &
  EditActions &
  MapMetaActions &
  KeyboardEditActions &
  EvaluationData &
  EvaluationActions &
  TeachingData &
  TeachingActions;
export type MapStore = StoreApi<MapStoreState>;

export interface InitialMapState {
  map?: ArgumentMap;
  origin?: MapOrigin;
  /** Maps with more claims are laid out by a layout job that the app hands to its worker; by default none are. */
  asyncLayoutAbove?: number;
}

const TEST_ORIGIN: MapOrigin = { kind: 'file', fileName: 'untitled.json' };

export function createMapStore(initial: InitialMapState = {}): MapStore {
  const empty: MapData = { ...EMPTY_MAP_DATA, asyncLayoutAbove: initial.asyncLayoutAbove ?? Infinity };
  const opened = initial.map ? withOpenedMap(empty, initial.map, initial.origin ?? TEST_ORIGIN) : empty;
  const start = withEditingReset({ ...opened, ...EMPTY_EDIT_DATA, ...EMPTY_EVALUATION_DATA, ...EMPTY_TEACHING_DATA });
  return createStore<MapStoreState>()((set, get) => {
    const apply = (transition: (state: MapData) => MapData) => set((state) => transition(state));
    /** Opening a map (or file) starts a new editing session: fresh history, nothing selected, nothing unsaved. */
    const open = (transition: (state: MapData) => MapData) =>
      set((state) => {
        const opened = withEditingReset({ ...state, ...transition(state) });
        return opened.session === state.session ? opened : withRealMarks(opened);
      });
    const edits = createEditActions<MapStoreState>((transition) => set((state) => transition(state)), get);
    /** In what-if and practice the status buttons set temporary marks; only the real marks reach the map's edits. */
    const evaluation = createEvaluationActions<MapStoreState>(
      (transition) => set((state) => transition(state)),
      get,
      edits.setStatusOfSelection,
      (id, status) => edits.updateClaim(id, { status }),
    );
    const turn = (direction: Direction) => {
      edits.setMapDirection(direction);
      apply((s) => withStatus(s, `${s.layoutJob ? 'Laying out' : 'Laid out'} ${direction === 'LR' ? 'left to right' : 'top to bottom'}`));
    };
    return {
      ...start,
      ...edits,
      ...createMapMetaActions<MapStoreState>((transition) => set((state) => transition(state))),
      ...createKeyboardEditActions<MapStoreState>((transition) => set((state) => transition(state))),
      ...evaluation,
      ...createTeachingActions<MapStoreState>((transition) => set((state) => transition(state)), get),
      openMap: (map, origin) => open((s) => withOpenedMap(s, map, origin)),
      openText: (text, origin) => open((s) => withOpenedText(s, text, origin)),
      openParsed: (parsed, origin, opening) => open((s) => withParsedFile(s, parsed, origin, opening)),
      replaceMap: (map) => apply((s) => withMap(s, map)),
      startLoading: (what) => apply((s) => ({ ...s, loading: what })),
      showLoadProblems: (title, problems) => apply((s) => withLoadProblems(s, { title, problems })),
      dismissProblems: () => apply((s) => ({ ...s, loadProblems: null })),
      /** The direction is part of the file, so changing it is an undoable edit. */
      setDirection: (direction) => turn(direction),
      toggleDirection: () => turn(get().direction === 'TB' ? 'LR' : 'TB'),
      announce: (text) => apply((s) => withStatus(s, text)),
      layoutProgress: (id, step) => apply((s) => withLayoutProgress(s, id, step)),
      applyLayout: (id, layout) => set((state) => withLayoutResult(state, id, layout)),
      layoutFailed: (id, message) => apply((s) => withLayoutFailure(s, id, message)),
    };
  });
}
