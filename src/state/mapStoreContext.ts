// The React context that carries the one map store down to the components.
import { createContext } from 'react';
import type { MapStore } from './createMapStore.ts';

export const MapStoreContext = createContext<MapStore | null>(null);
