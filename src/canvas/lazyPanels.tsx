// Panels and dialogs the map does not need to show: loaded when first opened, and fetched ahead once the browser is idle.
import { useState, useSyncExternalStore, type ComponentType } from 'react';
import type { MapStoreState } from '../state/createMapStore.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { FetchedAheadBoundary } from './FetchedAheadBoundary.tsx';
import { importReport, subscribeToImportReport } from './importReportStore.ts';
import { lazyFetchedAhead } from './lazyFetchedAhead.ts';

/**
 * A panel that stays out of the first download. It mounts the first time `isOpen` holds and stays
 * mounted after (so a dialog closes itself and returns focus as before, and a panel keeps its state),
 * and its code is fetched ahead when the browser is idle, so opening it rarely waits.
 */
function lazyPanel(isOpen: (state: MapStoreState) => boolean, load: () => Promise<ComponentType>): ComponentType {
  const { Component: Panel, useFetchAhead } = lazyFetchedAhead(load);
  return function LazyPanel() {
    const open = useMapStore(isOpen);
    const [opened, setOpened] = useState(open);
    if (open && !opened) setOpened(true);
    useFetchAhead();
    if (!opened) return null;
    return (
      <FetchedAheadBoundary what="This panel">
        <Panel />
      </FetchedAheadBoundary>
    );
  };
}

export const OutlinePanel = lazyPanel(
  (s) => s.outlineOpen,
  () => import('./outline/OutlinePanel.tsx').then((m) => m.OutlinePanel),
);
export const TextPanel = lazyPanel(
  (s) => s.textOpen,
  () => import('./text/TextPanel.tsx').then((m) => m.TextPanel),
);
export const PresentLayer = lazyPanel(
  (s) => s.presenting !== null,
  () => import('./present/PresentLayer.tsx').then((m) => m.PresentLayer),
);
export const LinkToDialog = lazyPanel(
  (s) => s.linkToOpen,
  () => import('./LinkToDialog.tsx').then((m) => m.LinkToDialog),
);
export const ConflictDialog = lazyPanel(
  (s) => s.save.kind === 'conflict',
  () => import('./ConflictDialog.tsx').then((m) => m.ConflictDialog),
);
export const WhyPanel = lazyPanel(
  (s) => s.whyOpen !== null,
  () => import('./WhyPanel.tsx').then((m) => m.WhyPanel),
);
export const PracticePanel = lazyPanel(
  (s) => s.evaluationMode.kind === 'practice',
  () => import('./PracticePanel.tsx').then((m) => m.PracticePanel),
);
export const RestoreNotice = lazyPanel(
  (s) => s.restored !== null,
  () => import('./RestoreNotice.tsx').then((m) => m.RestoreNotice),
);
export const ProblemsPanel = lazyPanel(
  (s) => s.loadProblems !== null,
  () => import('./ProblemsPanel.tsx').then((m) => m.ProblemsPanel),
);
export const FocusBar = lazyPanel(
  (s) => s.filter.focus !== null,
  () => import('./search/FocusBar.tsx').then((m) => m.FocusBar),
);
export const WhatIfBanner = lazyPanel(
  (s) => s.evaluationMode.kind === 'whatIf',
  () => import('./WhatIfBanner.tsx').then((m) => m.WhatIfBanner),
);

const importReportPanel = lazyFetchedAhead(() => import('./ImportReport.tsx').then((m) => m.ImportReport));
/** The report of an import; it lives beside the map store (importReportStore), so it is not a lazyPanel of the store's state. */
export function ImportReport() {
  const report = useSyncExternalStore(subscribeToImportReport, importReport);
  importReportPanel.useFetchAhead();
  if (!report) return null;
  return (
    <FetchedAheadBoundary what="The import report">
      <importReportPanel.Component />
    </FetchedAheadBoundary>
  );
}
