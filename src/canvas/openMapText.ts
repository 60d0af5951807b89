// Hands a map file's text to the store: big files are read by parseMap in the layout worker, so the page stays responsive.
import { parseInWorker } from '../adapters/layoutInWorker.ts';
import type { MapStore } from '../state/createMapStore.ts';
import type { MapOrigin } from '../state/mapState.ts';

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
 * Opens file text. A file with more claims than the store lays out at once is read in the worker; should the
 * worker fail, the page reads it itself. `current` says whether the answer is still wanted when it comes.
 */
export function openMapText(store: MapStore, text: string, origin: MapOrigin, current: () => boolean = () => true): void {
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
