// The screen: header, toolbar, the canvas with its problems panel, and the legend beside it.
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useMapStore } from '../state/useMapStore.ts';
import { AppHeader } from './AppHeader.tsx';
import { EditNotices } from './EditNotices.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { EvaluationLayer } from './EvaluationLayer.tsx';
import { Inspector } from './Inspector.tsx';
import { KeepSelectedInView } from './KeepSelectedInView.tsx';
import { LayoutProgress } from './LayoutProgress.tsx';
import { FocusBar, ImportReport, OutlinePanel, PresentLayer, ProblemsPanel, TextPanel } from './lazyPanels.tsx';
import { Legend } from './Legend.tsx';
import { MapCanvas } from './MapCanvas.tsx';
import { themeVariables } from './themeVariables.ts';
import { Toolbar } from './Toolbar.tsx';
import { useFileDrop } from './useFileDrop.ts';
import { useKeyboardShortcuts } from './useKeyboardShortcuts.ts';
import { useLayoutWorker } from './useLayoutWorker.ts';
import { type RoutedMapLoad, useMapRoute } from './useMapRoute.ts';
import { useWorkingCopySync } from './useWorkingCopySync.ts';
import { usePasteImport } from './text/usePasteImport.ts';
import { FollowCentre } from './present/FollowCentre.tsx';
import { usePresentRoute } from './present/usePresentRoute.ts';
import './App.css';
import { neutraliseBidi } from '../model/neutraliseBidi.ts';

function EmptyState() {
  const { hasMap, loading } = useMapStore(useShallow((s) => ({ hasMap: s.map !== null, loading: s.loading })));
  if (hasMap) return null;
  return <p className="app__empty">{loading ? `Loading ${loading}…` : 'No map is open. Choose a map, or open one from disk.'}</p>;
}

/**
 * Everything on the screen shares one React Flow instance, so toolbar commands can place nodes in view.
 * `started` is the load of the map in the address that the entry began before the first render.
 */
export function App({ started }: { started?: RoutedMapLoad }) {
  return (
    <ReactFlowProvider>
      <Screen started={started} />
    </ReactFlowProvider>
  );
}

function Screen({ started }: { started?: RoutedMapLoad }) {
  useWorkingCopySync();
  useMapRoute(started);
  usePresentRoute();
  useKeyboardShortcuts();
  useLayoutWorker();
  usePasteImport();
  const title = useMapStore((s) => s.map?.meta.title);
  const presenting = useMapStore((s) => s.presenting !== null);
  const fileDrop = useFileDrop();
  useEffect(() => {
    document.title = title ? `${neutraliseBidi(title)} — Causeway` : 'Causeway';
  }, [title]);
  return (
    <div className={presenting ? 'app app--presenting' : 'app'} style={themeVariables}>
      <AppHeader />
      <Toolbar />
      <main className="app__main">
        <div className="app__canvas" {...fileDrop}>
          <ErrorBoundary what="The map">
            <MapCanvas />
          </ErrorBoundary>
          <EmptyState />
          <LayoutProgress />
          <ProblemsPanel />
          <ImportReport />
          <FocusBar />
          <FollowCentre />
          <KeepSelectedInView />
          <EditNotices />
          <EvaluationLayer />
        </div>
        <TextPanel />
        <Inspector />
        <OutlinePanel />
        <Legend />
        <PresentLayer />
      </main>
    </div>
  );
}
