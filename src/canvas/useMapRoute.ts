// Keeps the map on screen in step with ?map=NAME: fetches the named file and hands its text to the store.
import { useEffect, useSyncExternalStore } from 'react';
import { parseInWorker } from '../adapters/layoutInWorker.ts';
import { currentMapName, DEFAULT_MAP_NAME, subscribeToMapRoute } from '../adapters/mapRoute.ts';
import { fetchMapFile, takePrefetchedMapFile } from '../adapters/mapsClient.ts';
import type { MapOrigin } from '../state/mapState.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';
import type { MapStore } from '../state/createMapStore.ts';

export const DEFAULT_MAP = DEFAULT_MAP_NAME;

/** How many claims file text lists, judged by JSON.parse alone (a few ms at 1,000 claims; parseMap's checks take far longer). */
function listedClaims(text: string): number {
  try {
    const value: unknown = JSON.parse(text);
    const nodes = value !== null && typeof value === 'object' ? (value as { nodes?: unknown }).nodes : undefined;
    return Array.isArray(nodes) ? nodes.length : 0;
  } catch {
    return 0;
  }
}

/**
 * Opens fetched file text. A file with more claims than the store lays out at once is read by parseMap in the
 * layout worker, so the page stays responsive; should the worker fail, the page reads it itself.
 */
function openFetched(store: MapStore, text: string, origin: MapOrigin, current: () => boolean): void {
  if (listedClaims(text) <= store.getState().asyncLayoutAbove) return store.getState().openText(text, origin);
  parseInWorker(text).then(
    (parsed) => {
      if (current()) store.getState().openParsed(parsed, origin);
    },
    () => {
      if (current()) store.getState().openText(text, origin);
    },
  );
}

export function useMapRoute(): void {
  const store = useMapStoreApi();
  const name = useSyncExternalStore(subscribeToMapRoute, currentMapName) ?? DEFAULT_MAP;
  useEffect(() => {
    let current = true;
    const file = `maps/${name}.json`;
    store.getState().startLoading(file);
    (takePrefetchedMapFile(name) ?? fetchMapFile(name)).then((result) => {
      if (!current) return;
      if (result.ok) {
        const { content, version, source } = result.value;
        openFetched(store, content, source === 'server' ? { kind: 'server', name, version } : { kind: 'file', fileName: `${name}.json` }, () => current);
      } else {
        store.getState().showLoadProblems(`${file} could not be opened`, [{ path: [], message: result.message }]);
      }
    });
    return () => {
      current = false;
    };
  }, [name, store]);
}
