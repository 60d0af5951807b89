// The screen: header, toolbar, the canvas with its problems panel, and the legend beside it.
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useMapStore } from '../state/useMapStore';
import { AppHeader } from './AppHeader';
import { EditNotices } from './EditNotices';
import { ErrorBoundary } from './ErrorBoundary';
import { EvaluationLayer } from './EvaluationLayer';
import { Inspector } from './Inspector';
import { LayoutProgress } from './LayoutProgress';
import { OutlinePanel, PresentLayer } from './lazyPanels';
import { Legend } from './Legend';
import { MapCanvas } from './MapCanvas';
import { ProblemsPanel } from './ProblemsPanel';
import { themeVariables } from './themeVariables';
import { Toolbar } from './Toolbar';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useLayoutWorker } from './useLayoutWorker';
import { useMapRoute } from './useMapRoute';
import { useWorkingCopySync } from './useWorkingCopySync';
import { FollowCentre } from './present/FollowCentre';
import { usePresentRoute } from './present/usePresentRoute';
import { FocusBar } from './search/FocusBar';
import './App.css';

function EmptyState() {
  const { hasMap, loading } = useMapStore(useShallow((s) => ({ hasMap: s.map !== null, loading: s.loading })));
  if (hasMap) return null;
  return <p className="app__empty">{loading ? `Loading ${loading}…` : 'No map is open. Choose a map, or open one from disk.'}</p>;
}

/** Everything on the screen shares one React Flow instance, so toolbar commands can place nodes in view. */
export function App() {
  return (
    <ReactFlowProvider>
      <Screen />
    </ReactFlowProvider>
  );
}

function Screen() {
  useWorkingCopySync();
  useMapRoute();
  usePresentRoute();
  useKeyboardShortcuts();
  useLayoutWorker();
  const title = useMapStore((s) => s.map?.meta.title);
  const presenting = useMapStore((s) => s.presenting !== null);
  useEffect(() => {
    document.title = title ? `${title} — Causeway` : 'Causeway';
  }, [title]);
  return (
    <div className={presenting ? 'app app--presenting' : 'app'} style={themeVariables}>
      <AppHeader />
      <Toolbar />
      <main className="app__main">
        <div className="app__canvas">
          <ErrorBoundary what="The map">
            <MapCanvas />
          </ErrorBoundary>
          <EmptyState />
          <LayoutProgress />
          <ProblemsPanel />
          <FocusBar />
          <FollowCentre />
          <EditNotices />
          <EvaluationLayer />
        </div>
        <Inspector />
        <OutlinePanel />
        <Legend />
        <PresentLayer />
      </main>
    </div>
  );
}
