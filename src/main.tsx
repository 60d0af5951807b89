// The browser entry: load the fonts the layout measured with, make the one store, and render the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadFonts } from './adapters/loadFonts';
import { App } from './canvas/App';
import './canvas/colorSchemes.css';
import { ErrorBoundary } from './canvas/ErrorBoundary';
import { createMapStore } from './state/createMapStore';
import { WORKER_LAYOUT_ABOVE } from './state/layoutJob';
import { MapStoreProvider } from './state/MapStoreProvider';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

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
