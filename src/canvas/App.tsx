// The screen: header, toolbar, the canvas with its problems panel, and the legend beside it.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useMapStore } from '../state/useMapStore';
import { AppHeader } from './AppHeader';
import { ErrorBoundary } from './ErrorBoundary';
import { Legend } from './Legend';
import { MapCanvas } from './MapCanvas';
import { ProblemsPanel } from './ProblemsPanel';
import { themeVariables } from './themeVariables';
import { Toolbar } from './Toolbar';
import { useMapRoute } from './useMapRoute';
import './App.css';

function EmptyState() {
  const { hasMap, loading } = useMapStore(useShallow((s) => ({ hasMap: s.map !== null, loading: s.loading })));
  if (hasMap) return null;
  return <p className="app__empty">{loading ? `Loading ${loading}…` : 'No map is open. Choose a map, or open one from disk.'}</p>;
}

export function App() {
  useMapRoute();
  const title = useMapStore((s) => s.map?.meta.title);
  useEffect(() => {
    document.title = title ? `${title} — Causeway` : 'Causeway';
  }, [title]);
  return (
    <div className="app" style={themeVariables}>
      <AppHeader />
      <Toolbar />
      <main className="app__main">
        <div className="app__canvas">
          <ErrorBoundary what="The map">
            <MapCanvas />
          </ErrorBoundary>
          <EmptyState />
          <ProblemsPanel />
        </div>
        <Legend />
      </main>
    </div>
  );
}
