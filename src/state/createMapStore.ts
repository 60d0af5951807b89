// The one app store (zustand vanilla): the map on screen, its layout and load state, with synchronous actions.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Problem } from '../model/problems';
import type { ArgumentMap, Direction } from '../model/schema';
import {
  EMPTY_MAP_DATA,
  type MapData,
  type MapOrigin,
  withDirection,
  withLoadProblems,
  withMap,
  withOpenedMap,
  withOpenedText,
  withStatus,
} from './mapState';

export interface MapActions {
  /** Shows a map that is already valid (e.g. built in a test or by a later feature). */
  openMap(map: ArgumentMap, origin: MapOrigin): void;
  /** Shows file text if it is a valid map; otherwise shows its problems and keeps the map on screen. */
  openText(text: string, origin: MapOrigin): void;
  /** Replaces the map on screen and re-lays it: the single entry point for edits. */
  replaceMap(map: ArgumentMap): void;
  startLoading(what: string): void;
  showLoadProblems(title: string, problems: Problem[]): void;
  dismissProblems(): void;
  setDirection(direction: Direction): void;
  toggleDirection(): void;
  announce(text: string): void;
}

export type MapStoreState = MapData & MapActions;
export type MapStore = StoreApi<MapStoreState>;

export interface InitialMapState {
  map?: ArgumentMap;
  origin?: MapOrigin;
}

const TEST_ORIGIN: MapOrigin = { kind: 'file', fileName: 'untitled.json' };

export function createMapStore(initial: InitialMapState = {}): MapStore {
  const start = initial.map ? withOpenedMap(EMPTY_MAP_DATA, initial.map, initial.origin ?? TEST_ORIGIN) : EMPTY_MAP_DATA;
  return createStore<MapStoreState>()((set) => {
    const apply = (transition: (state: MapData) => MapData) => set((state) => transition(state));
    return {
      ...start,
      openMap: (map, origin) => apply((s) => withOpenedMap(s, map, origin)),
      openText: (text, origin) => apply((s) => withOpenedText(s, text, origin)),
      replaceMap: (map) => apply((s) => withMap(s, map)),
      startLoading: (what) => apply((s) => ({ ...s, loading: what })),
      showLoadProblems: (title, problems) => apply((s) => withLoadProblems(s, { title, problems })),
      dismissProblems: () => apply((s) => ({ ...s, loadProblems: null })),
      setDirection: (direction) => apply((s) => withDirection(s, direction)),
      toggleDirection: () => apply((s) => withDirection(s, s.direction === 'TB' ? 'LR' : 'TB')),
      announce: (text) => apply((s) => withStatus(s, text)),
    };
  });
}
