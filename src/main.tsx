// The browser entry: start fetching the map, load the fonts the layout measured with, make the one store, and render the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadFonts } from './adapters/loadFonts.ts';
import { currentMapName, DEFAULT_MAP_NAME } from './adapters/mapRoute.ts';
import { prefetchMapFile } from './adapters/mapsClient.ts';
import { App } from './canvas/App.tsx';
import './canvas/colorSchemes.css';
import { ErrorBoundary } from './canvas/ErrorBoundary.tsx';
import { createMapStore } from './state/createMapStore.ts';
import { WORKER_LAYOUT_ABOVE } from './state/layoutJob.ts';
import { MapStoreProvider } from './state/MapStoreProvider.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The map downloads while the fonts do; the first render takes the answer instead of asking again.
prefetchMapFile(currentMapName() ?? DEFAULT_MAP_NAME);
await loadFonts();
const store = createMapStore({ asyncLayoutAbove: WORKER_LAYOUT_ABOVE });

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary what="Causeway">
      <MapStoreProvider store={store}>
        <App />
      </MapStoreProvider>
    </ErrorBoundary>
  </StrictMode>,
);
