// Puts a map store (made by createMapStore) in reach of every component below it.
import type { ReactNode } from 'react';
import type { MapStore } from './createMapStore.ts';
import { MapStoreContext } from './mapStoreContext.ts';

export function MapStoreProvider({ store, children }: { store: MapStore; children: ReactNode }) {
  return <MapStoreContext.Provider value={store}>{children}</MapStoreContext.Provider>;
}
