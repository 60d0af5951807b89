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
/** `focus`: the details take the keyboard when they appear (asked for from the menu, not when a deselection reveals them). */
let focusWanted = false;
export const showMapDetails = (detailsOpen: boolean, focus = false): void => {
  focusWanted = detailsOpen && focus;
  change({ detailsOpen });
};
/** True once after showMapDetails(true, true). */
export function takeDetailsFocus(): boolean {
  const wanted = focusWanted;
  focusWanted = false;
  return wanted;
}

export function useMapDialog(): MapDialogKind | null {
  return useSyncExternalStore(subscribe, () => state.dialog);
}

export function useMapDetailsOpen(): boolean {
  return useSyncExternalStore(subscribe, () => state.detailsOpen);
}

export function useMapMenuOpen(): boolean {
  return useSyncExternalStore(subscribe, () => state.menuOpen);
}
