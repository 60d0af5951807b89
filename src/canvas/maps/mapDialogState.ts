// Which Map menu dialog is open, and whether the map's details are shown: kept outside the map store, so menu, keys and dialogs share it.
import { useSyncExternalStore } from 'react';

export type MapDialogKind = 'new' | 'saveAs' | 'duplicate' | 'rename' | 'delete';

interface MapDialogState {
  dialog: MapDialogKind | null;
  /** The map inspector (title, summary, source) is shown while nothing is selected. */
  detailsOpen: boolean;
  /** The Map menu itself is open (its button, or Alt+M). */
  menuOpen: boolean;
}

let state: MapDialogState = { dialog: null, detailsOpen: false, menuOpen: false };
const listeners = new Set<() => void>();

function change(next: Partial<MapDialogState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const openMapDialog = (dialog: MapDialogKind): void => change({ dialog, menuOpen: false });
export const setMapMenuOpen = (menuOpen: boolean): void => change({ menuOpen });
export const closeMapDialog = (): void => change({ dialog: null });
export const showMapDetails = (detailsOpen: boolean): void => change({ detailsOpen });

export function useMapDialog(): MapDialogKind | null {
  return useSyncExternalStore(subscribe, () => state.dialog);
}

export function useMapDetailsOpen(): boolean {
  return useSyncExternalStore(subscribe, () => state.detailsOpen);
}

export function useMapMenuOpen(): boolean {
  return useSyncExternalStore(subscribe, () => state.menuOpen);
}
