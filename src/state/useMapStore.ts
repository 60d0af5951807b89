// Hooks into the map store: subscribe to a narrow slice, or reach the store itself for actions.
import { useContext } from 'react';
import { useStore } from 'zustand';
import type { MapStore, MapStoreState } from './createMapStore.ts';
import { MapStoreContext } from './mapStoreContext.ts';

export function useMapStoreApi(): MapStore {
  const store = useContext(MapStoreContext);
  if (!store) throw new Error('useMapStore needs a MapStoreProvider above it');
  return store;
}

/** Selectors must return stable references; wrap several values in useShallow. */
export function useMapStore<T>(selector: (state: MapStoreState) => T): T {
  return useStore(useMapStoreApi(), selector);
}
