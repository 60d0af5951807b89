// Keeps the map on screen in step with the address: ?map=NAME fetches the named file, ?file=NAME.json reopens the file last opened from disk, and opening a file says so in the address.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { type EarlyRead, takeEarlyMapRead, takeEarlyMapResponse } from '../adapters/earlyMapFetch.ts';
import { currentFileName, currentMapName, DEFAULT_MAP_NAME, navigateToFile, subscribeToMapRoute } from '../adapters/mapRoute.ts';
import { fetchMapFile } from '../adapters/mapsClient.ts';
import { keepOpenedFile, openedFileText } from '../adapters/openedFile.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import { serializeMap } from '../model/serializeMap.ts';
import type { MapStore } from '../state/createMapStore.ts';
import type { MapOrigin } from '../state/mapState.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';
import { openMapText } from './openMapText.ts';
import { whenIdle } from './whenIdle.ts';

export const DEFAULT_MAP = DEFAULT_MAP_NAME;

/** The map named in the address, or the default one. */
export function routedMapName(): string {
  return currentMapName() ?? DEFAULT_MAP;
}

/** Loading map `name` into the store; after `cancel` its answer is dropped (the address named another map meanwhile). */
export interface RoutedMapLoad {
  name: string;
  cancel: () => void;
  /** The app has rendered: work that can wait until the page is idle waits for this too, so it never runs before the first frame. */
  rendered: () => void;
}

/**
 * Opens what the layout worker made of the file at start (read by parseMap, laid out) if it read this very
 * text; otherwise (no worker, another text, a failure) the text is opened as any file is.
 */
function openEarlyRead(store: MapStore, read: Promise<EarlyRead | null>, text: string, origin: MapOrigin, current: () => boolean, rendered: Promise<void>): void {
  void read.then((early) => {
    if (!current()) return;
    const answer = early?.text === text && early.answer.type === 'done' ? early.answer.answer : null;
    if (answer?.type !== 'read') return openMapText(store, text, origin, current);
    store.getState().openParsed(answer.parsed, origin, answer.opening);
    // This thread's layout code is still cold and its memory of recent layouts empty: laying the same map out
    // once while the page is idle keeps the first edit as quick as when the page laid the map out itself. Not before
    // the app has rendered: the page is idle while its second chunk compiles, and this ~70 ms layout then delayed it.
    const { opening, parsed } = answer;
    if (opening && parsed.ok) void rendered.then(() => current() && whenIdle(() => void layoutMap(parsed.map, { direction: opening.direction })));
  });
}

/** Fetches map `name` (taking index.html's early request and read when they are for it) and opens it in the store. */
export function loadRoutedMap(store: MapStore, name: string): RoutedMapLoad {
  let current = true;
  let markRendered = () => undefined as void;
  const rendered = new Promise<void>((resolve) => {
    markRendered = resolve;
  });
  const file = `maps/${name}.json`;
  const read = takeEarlyMapRead(name);
  store.getState().startLoading(file);
  void fetchMapFile(name, takeEarlyMapResponse(name) ?? undefined).then((result) => {
    if (!current) return;
    if (result.ok) {
      const { content, version, source } = result.value;
      const origin: MapOrigin = source === 'server' ? { kind: 'server', name, version } : { kind: 'file', fileName: `${name}.json` };
      if (read) openEarlyRead(store, read, content, origin, () => current, rendered);
      else openMapText(store, content, origin, () => current);
    } else {
      store.getState().showLoadProblems(`${file} could not be opened`, [{ path: [], message: result.message }]);
    }
  });
  return {
    name,
    cancel: () => {
      current = false;
    },
    rendered: markRendered,
  };
}

/**
 * Opens the copy of `fileName` this browser kept when it was opened from disk (and saved or downloaded since);
 * the working copy then offers any unsaved edits back, as for a map in maps/. Without a kept copy it says why.
 */
function reopenFile(store: MapStore, fileName: string): () => void {
  let current = true;
  store.getState().startLoading(fileName);
  void openedFileText(fileName).then((text) => {
    if (!current) return;
    if (text !== null) return openMapText(store, text, { kind: 'file', fileName }, () => current);
    store.getState().showLoadProblems(`${fileName} could not be opened`, [
      { path: [], message: 'it was opened from your disk and this browser no longer keeps a copy of it; open it again with “Open map…”' },
    ]);
  });
  return () => {
    current = false;
  };
}

/** Opens a file picked from disk; once it is on screen (an invalid one never is), the address names it and the browser keeps it for a reload. */
export function openFileFromDisk(store: MapStore, text: string, fileName: string): void {
  const origin: MapOrigin = { kind: 'file', fileName };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.loadProblems && state.loadProblems !== previous.loadProblems) return unsubscribe();
    if (state.session === previous.session || state.origin !== origin) return;
    unsubscribe();
    void keepOpenedFile(fileName, text);
    navigateToFile(fileName);
  });
  openMapText(store, text, origin);
}

/** A file from disk downloaded with its edits is kept as downloaded, so a reload shows what the file on disk now holds. */
function keepDownloadedFiles(store: MapStore): () => void {
  return store.subscribe((state, previous) => {
    const origin = state.origin;
    if (origin?.kind !== 'file' || !state.savedMap || state.savedMap === previous.savedMap || state.session !== previous.session) return;
    if (currentFileName() === origin.fileName) void keepOpenedFile(origin.fileName, serializeMap(state.savedMap));
  });
}

/** `started` is the load the entry began before the first render; it is taken over if the address still names its map. */
export function useMapRoute(started?: RoutedMapLoad): void {
  const store = useMapStoreApi();
  const name = useSyncExternalStore(subscribeToMapRoute, currentMapName) ?? DEFAULT_MAP;
  const fileName = useSyncExternalStore(subscribeToMapRoute, currentFileName);
  const startedRef = useRef(started);
  useEffect(() => keepDownloadedFiles(store), [store]);
  useEffect(() => {
    const begun = startedRef.current;
    startedRef.current = undefined;
    if (fileName !== null) {
      begun?.cancel();
      const origin = store.getState().origin;
      // Opening the file is what put it in the address: it is on screen already.
      if (origin?.kind === 'file' && origin.fileName === fileName) return;
      return reopenFile(store, fileName);
    }
    if (begun && begun.name !== name) begun.cancel();
    const load = begun?.name === name ? begun : loadRoutedMap(store, name);
    load.rendered();
    return load.cancel;
  }, [name, fileName, store]);
}
