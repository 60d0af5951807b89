// The page's start, second half: React, React Flow and the screen, rendered once the entry has the store, the fonts and (if it came in time) the map.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './canvas/App.tsx';
// After the screen's own styles, which it overrides for dark mode and reduced motion (same specificity, so order decides).
import './canvas/colorSchemes.css';
import { ErrorBoundary } from './canvas/ErrorBoundary.tsx';
import { inNextTask } from './canvas/inNextTask.ts';
import type { RoutedMapLoad } from './canvas/useMapRoute.ts';
import type { MapStore } from './state/createMapStore.ts';
import { laysOutLater } from './state/layoutJob.ts';
import { MapStoreProvider } from './state/MapStoreProvider.tsx';

/**
 * A map drawn at once (not a big one, which the layout worker lays out) is in the first render, but React Flow takes
 * its claims from its props in an effect, which React runs after the browser has drawn a frame: the page's styles
 * and layout ran twice, the first time for an empty canvas. Rendered with flushSync, React runs those effects and
 * the render they cause before that frame (the seed map was drawn ~80 ms sooner, median of 12 alternating loads).
 * In a task of its own, not the one that evaluated this chunk. A big map's first render has no claims to draw, and
 * the split keeps its tasks short (in one task, the longest went 80 -> 105 ms at 1,000 claims).
 */
export function renderApp(container: HTMLElement, store: MapStore, started: RoutedMapLoad | undefined): void {
  const root = createRoot(container);
  const app = (
    <StrictMode>
      <ErrorBoundary what="Causeway">
        <MapStoreProvider store={store}>
          <App started={started} />
        </MapStoreProvider>
      </ErrorBoundary>
    </StrictMode>
  );
  const { map, asyncLayoutAbove } = store.getState();
  if (map && !laysOutLater({ asyncLayoutAbove }, map)) inNextTask(() => flushSync(() => root.render(app)));
  else root.render(app);
}
