// The browser entry: start fetching the map, load the fonts the layout measured with, make the one store, then render the app (renderApp).
import { loadFonts } from './adapters/loadFonts.ts';
import { currentFileName } from './adapters/mapRoute.ts';
import { loadRoutedMap, routedMapName } from './canvas/useMapRoute.ts';
import { createMapStore, type MapStore } from './state/createMapStore.ts';
import { WORKER_LAYOUT_ABOVE } from './state/layoutJob.ts';

/**
 * How long the first render waits for the map in the address. Rendering the empty app first and the map a moment
 * later paints and lays the page out twice; normally the map (read and laid out in the layout worker while this
 * script downloaded) is ready before this script is, so the wait costs nothing. A slow server gets the empty app
 * with "Loading…" after this.
 */
const FIRST_RENDER_WAITS_MS = 1000;

/** Resolves once the store has finished loading (it shows the map, or why it could not), or after `ms`. */
function loadedOrAfter(store: MapStore, ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (store.getState().loading === null) return resolve();
    const unsubscribe = store.subscribe((state) => {
      if (state.loading === null) finish();
    });
    const timer = window.setTimeout(finish, ms);
    function finish() {
      unsubscribe();
      window.clearTimeout(timer);
      resolve();
    }
  });
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The map (asked for by index.html) downloads while the fonts do; the store opens it as soon as it is in, before the first render if it can.
const store = createMapStore({ asyncLayoutAbove: WORKER_LAYOUT_ABOVE });
// A file opened from disk (?file=) is reopened from the browser's copy by the app once it renders.
const started = currentFileName() === null ? loadRoutedMap(store, routedMapName()) : undefined;
/**
 * React, React Flow and the screen are a chunk of their own, which index.html preloads with this one: evaluating
 * the page's whole script in one go was a task of ~130 ms (the longest while a 1,000-claim map loads); the browser
 * now evaluates it in two. No top-level await here: renderApp's chunk imports from this one, which must have
 * finished evaluating first.
 */
void Promise.all([import('./renderApp.tsx'), loadFonts(), loadedOrAfter(store, FIRST_RENDER_WAITS_MS)]).then(([{ renderApp }]) =>
  renderApp(container, store, started),
);
