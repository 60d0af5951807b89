// The browser entry: start fetching the map, load the fonts the layout measured with, make the one store, and render the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadFonts } from './adapters/loadFonts.ts';
import { App } from './canvas/App.tsx';
import './canvas/colorSchemes.css';
import { ErrorBoundary } from './canvas/ErrorBoundary.tsx';
import { loadRoutedMap, routedMapName } from './canvas/useMapRoute.ts';
import { createMapStore, type MapStore } from './state/createMapStore.ts';
import { WORKER_LAYOUT_ABOVE } from './state/layoutJob.ts';
import { MapStoreProvider } from './state/MapStoreProvider.tsx';

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
const started = loadRoutedMap(store, routedMapName());
await Promise.all([loadFonts(), loadedOrAfter(store, FIRST_RENDER_WAITS_MS)]);

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary what="Causeway">
      <MapStoreProvider store={store}>
        <App started={started} />
      </MapStoreProvider>
    </ErrorBoundary>
  </StrictMode>,
);
