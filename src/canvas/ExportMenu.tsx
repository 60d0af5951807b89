// The "Export" menu: PNG (1×/2×/3×), SVG, PDF and JSON of the whole map or the selection, drawn by the one renderer.
import { useState } from 'react';
import { exportFileName } from '../export/exportFileName.ts';
import { type ExportFormat, PNG_SCALES } from '../export/exportTypes.ts';
import type { Background } from '../export/svg/renderMapSvg.ts';
import { describeOrigin } from '../state/mapState.ts';
import { exportViewOf } from '../state/evaluationView.ts';
import { useMapStore, useMapStoreApi } from '../state/useMapStore.ts';
import { usePopover } from './usePopover.ts';
import './ExportMenu.css';

interface Choice {
  format: ExportFormat;
  scale?: number;
  text: string;
}

const CHOICES: Choice[] = [
  ...PNG_SCALES.map((scale) => ({ format: 'png' as const, scale, text: `PNG ${scale}×` })),
  { format: 'svg', text: 'SVG' },
  { format: 'pdf', text: 'PDF' },
  { format: 'json', text: 'JSON (map file)' },
];

type Progress = { text: string; done: number; total: number } | null;

function formatBytes(n: number): string {
  return n < 1024 ? `${n} bytes` : n < 1024 * 1024 ? `${Math.round(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function ExportMenu() {
  const store = useMapStoreApi();
  const hasMap = useMapStore((s) => s.map !== null && s.layout !== null);
  const selectedCount = useMapStore((s) => s.selection.claims.length);
  const { open, panelId, root, buttonProps, panelProps } = usePopover();
  const [onlySelection, setOnlySelection] = useState(false);
  const [title, setTitle] = useState(true);
  const [legend, setLegend] = useState(true);
  const [citation, setCitation] = useState(true);
  const [background, setBackground] = useState<Background>('white');
  const [progress, setProgress] = useState<Progress>(null);
  const [outcome, setOutcome] = useState('');
  const busy = progress !== null;
  const scopeIsSelection = onlySelection && selectedCount > 0;

  const run = async (choice: Choice) => {
    const { map: realMap, layout, origin, selection, announce, evaluationMode } = store.getState();
    if (!realMap) return;
    /** Images show what the canvas shows (flags, what-if); the JSON file is always the map's real marks. */
    const view = choice.format === 'json' ? { map: realMap } : exportViewOf(realMap, evaluationMode);
    const map = view.map;
    if (!map || !layout || busy) return;
    const name = origin ? describeOrigin(origin).replace(/^.*\//, '') : map.meta.title;
    const fileName = exportFileName(name, choice.format);
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
            title,
            legend,
            citation,
            background,
            scale: choice.scale,
            selection: scopeIsSelection ? selection.claims : undefined,
            ...(view.standing ? { standing: view.standing } : {}),
          },
        },
        loadExportAssets,
        (p) => setProgress({ text: `Exporting ${choice.text}: ${p.step}…`, done: p.done, total: p.total }),
      );
      downloadBytes(file.bytes, fileName, file.mimeType);
      const size = file.width === undefined ? '' : `${file.width}×${file.height} px, `;
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

  return (
    <div className="export-menu" ref={root}>
      <button type="button" className="button" disabled={!hasMap} {...buttonProps}>
        Export
      </button>
      {open && (
        <div className="export-menu__panel" aria-label="Export the map" {...panelProps}>
          <fieldset className="export-menu__group">
            <legend>Claims</legend>
            <label>
              <input type="radio" name={`${panelId}-scope`} checked={!scopeIsSelection} onChange={() => setOnlySelection(false)} />
              Whole map
            </label>
            <label>
              <input type="radio" name={`${panelId}-scope`} checked={scopeIsSelection} disabled={selectedCount === 0} onChange={() => setOnlySelection(true)} />
              Only the selection ({selectedCount === 1 ? '1 claim' : `${selectedCount} claims`})
            </label>
          </fieldset>
          <fieldset className="export-menu__group">
            <legend>Include</legend>
            <label>
              <input type="checkbox" checked={title} onChange={(e) => setTitle(e.target.checked)} />
              Title
            </label>
            <label>
              <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} />
              Legend
            </label>
            <label>
              <input type="checkbox" checked={citation} onChange={(e) => setCitation(e.target.checked)} />
              Source citation
            </label>
          </fieldset>
          <fieldset className="export-menu__group">
            <legend>Background</legend>
            <label>
              <input type="radio" name={`${panelId}-background`} checked={background === 'white'} onChange={() => setBackground('white')} />
              White
            </label>
            <label>
              <input type="radio" name={`${panelId}-background`} checked={background === 'transparent'} onChange={() => setBackground('transparent')} />
              Transparent
            </label>
          </fieldset>
          <div className="export-menu__actions" role="group" aria-label="Download as">
            {CHOICES.map((choice) => (
              // aria-disabled, not disabled: a disabled button drops the keyboard focus out of the panel.
              <button key={choice.text} type="button" className="button" aria-disabled={busy} onClick={() => void run(choice)}>
                {choice.text}
              </button>
            ))}
          </div>
          <div className="export-menu__status" role="status" aria-live="polite">
            {progress ? (
              <>
                <progress max={progress.total} value={progress.done} aria-label="Export progress" />
                <span>{progress.text}</span>
              </>
            ) : (
              outcome
            )}
          </div>
        </div>
      )}
    </div>
  );
}
