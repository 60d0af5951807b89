// The page's start, second half: React, React Flow and the screen, rendered once the entry has the store, the fonts and (if it came in time) the map.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './canvas/App.tsx';
// After the screen's own styles, which it overrides for dark mode and reduced motion (same specificity, so order decides).
import './canvas/colorSchemes.css';
import { ErrorBoundary } from './canvas/ErrorBoundary.tsx';
import type { RoutedMapLoad } from './canvas/useMapRoute.ts';
import type { MapStore } from './state/createMapStore.ts';
import { MapStoreProvider } from './state/MapStoreProvider.tsx';

export function renderApp(container: HTMLElement, store: MapStore, started: RoutedMapLoad): void {
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary what="Causeway">
        <MapStoreProvider store={store}>
          <App started={started} />
        </MapStoreProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
