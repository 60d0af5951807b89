// Keeps the map on screen in step with ?map=NAME: fetches the named file and hands its text to the store.
import { useEffect, useSyncExternalStore } from 'react';
import { currentMapName, DEFAULT_MAP_NAME, subscribeToMapRoute } from '../adapters/mapRoute.ts';
import { fetchMapFile, takePrefetchedMapFile } from '../adapters/mapsClient.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';
import { openMapText } from './openMapText.ts';

export const DEFAULT_MAP = DEFAULT_MAP_NAME;

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
        openMapText(store, content, source === 'server' ? { kind: 'server', name, version } : { kind: 'file', fileName: `${name}.json` }, () => current);
      } else {
        store.getState().showLoadProblems(`${file} could not be opened`, [{ path: [], message: result.message }]);
      }
    });
    return () => {
      current = false;
    };
  }, [name, store]);
}
