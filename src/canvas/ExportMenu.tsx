// The "Export" menu: PNG (1×/2×/3×), SVG, PDF and JSON of the whole map or the selection, drawn by the one renderer, and the text formats (AIF, Mermaid, DOT).
import { useState } from 'react';
import { exportFileName } from '../export/exportFileName.ts';
import { describeOrigin } from '../state/mapState.ts';
import { exportViewOf } from '../state/evaluationView.ts';
import { useMapStore, useMapStoreApi } from '../state/useMapStore.ts';
import type { ExportChoice, ExportOptions, ExportProgress } from './ExportPanel.tsx';
import { FetchedAheadBoundary } from './FetchedAheadBoundary.tsx';
import { lazyFetchedAhead } from './lazyFetchedAhead.ts';
import { usePopover } from './usePopover.ts';
import './ExportMenu.css';

/** The panel's markup stays out of the first download. */
const { Component: ExportPanel, useFetchAhead } = lazyFetchedAhead(() => import('./ExportPanel.tsx').then((m) => m.ExportPanel));

const DEFAULT_OPTIONS: ExportOptions = { onlySelection: false, title: true, legend: true, citation: true, background: 'white', page: 'fit', orientation: 'auto' };

function formatBytes(n: number): string {
  return n < 1024 ? `${n} bytes` : n < 1024 * 1024 ? `${Math.round(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function ExportMenu() {
  const store = useMapStoreApi();
  const hasMap = useMapStore((s) => s.map !== null && s.layout !== null);
  const selectedCount = useMapStore((s) => s.selection.claims.length);
  const { open, root, buttonProps, panelProps } = usePopover();
  const [options, setOptions] = useState(DEFAULT_OPTIONS);
  const [progress, setProgress] = useState<ExportProgress>(null);
  const [outcome, setOutcome] = useState('');
  const busy = progress !== null;
  const scopeIsSelection = options.onlySelection && selectedCount > 0;
  useFetchAhead();

  const run = async (choice: ExportChoice) => {
    const { map: realMap, layout, origin, selection, announce, evaluationMode } = store.getState();
    if (!realMap) return;
    /** Images show what the canvas shows (flags, what-if); the JSON file is always the map's real marks. */
    const view = choice.format === 'json' ? { map: realMap } : exportViewOf(realMap, evaluationMode);
    const map = view.map;
    if (!map || !layout || busy) return;
    const name = origin ? describeOrigin(origin).replace(/^.*\//, '') : map.meta.title;
    setOutcome('');
    setProgress({ text: `Exporting ${choice.text}…`, done: 0, total: 2 });
    try {
      // The export code (renderer, pdfkit, resvg wasm) loads only now, keeping it out of the app's first load.
      const [{ exportInBrowser }, { loadExportAssets }, { downloadBytes }] = await Promise.all([
        import('../export/browser/exportInBrowser.ts'),
        import('../adapters/exportAssets.ts'),
        import('../adapters/download.ts'),
      ]);
      const file = await exportInBrowser(
        {
          map,
          layout,
          format: choice.format,
          options: {
            title: options.title,
            legend: options.legend,
            citation: options.citation,
            background: options.background,
            scale: choice.scale,
            selection: scopeIsSelection ? selection.claims : undefined,
            page: options.page,
            orientation: options.orientation,
            ...(view.standing ? { standing: view.standing } : {}),
          },
        },
        loadExportAssets,
        (p) => setProgress({ text: `Exporting ${choice.text}: ${p.step}…`, done: p.done, total: p.total }),
      );
      // A map split over several pages comes as a zip of PNGs.
      const fileName = exportFileName(name, file.extension ?? choice.format);
      downloadBytes(file.bytes, fileName, file.mimeType);
      const pages = file.pages === undefined ? '' : `${file.pages === 1 ? '1 page' : `${file.pages} pages`}, `;
      const size = file.width === undefined || (file.format === 'pdf' && file.pages !== undefined) ? pages : `${pages}${file.width}×${file.height} px, `;
      const message = `Exported ${fileName} (${size}${formatBytes(file.bytes.length)}${file.note ? `; ${file.note}` : ''})`;
      setOutcome(message);
      announce(message);
    } catch (error) {
      const message = `Export failed: ${error instanceof Error ? error.message : String(error)}`;
      setOutcome(message);
      announce(message);
    } finally {
      setProgress(null);
    }
  };

  const runText = async (name: string, label: string) => {
    const { map, origin, selection, announce } = store.getState();
    if (!map || busy) return;
    let message: string;
    try {
      const { exportText } = await import('./exportText.ts');
      const mapName = origin ? describeOrigin(origin).replace(/^.*\//, '') : map.meta.title;
      message = exportText(map, name, label, mapName, scopeIsSelection ? selection.claims : undefined);
    } catch (error) {
      message = `Export failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    setOutcome(message);
    announce(message);
  };

  return (
    <div className="export-menu" ref={root}>
      <button type="button" className="button" disabled={!hasMap} {...buttonProps}>
        Export
      </button>
      {open && (
        <FetchedAheadBoundary what="The export panel">
          <ExportPanel
            panelProps={panelProps}
            options={options}
            change={(changed) => setOptions((was) => ({ ...was, ...changed }))}
            selectedCount={selectedCount}
            progress={progress}
            outcome={outcome}
            run={(choice) => void run(choice)}
            runText={(name, label) => void runText(name, label)}
          />
        </FetchedAheadBoundary>
      )}
    </div>
  );
}
