// "Export steps": the presentation as one PDF with a page per step, or a PNG per step in a zip, drawn in a worker by the one renderer.
import { useId, useRef, useState } from 'react';
import { neededFallbackFonts } from '../../export/fallbackFonts.ts';
import type { StepsFormat } from '../../export/steps/exportSteps.ts';
import { describeOrigin } from '../../state/mapState.ts';
import { useMapStoreApi } from '../../state/useMapStore.ts';

const CHOICES: { format: StepsFormat; text: string }[] = [
  { format: 'pdf', text: 'PDF, a page per step' },
  { format: 'png', text: 'PNG per step (zip)' },
];

export function ExportStepsMenu() {
  const store = useMapStoreApi();
  const [open, setOpen] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState('');
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);

  const run = async (format: StepsFormat) => {
    const { map, layout, origin, announce } = store.getState();
    if (!map || !layout) return;
    const name = origin ? describeOrigin(origin).replace(/^.*\//, '') : map.meta.title;
    setOutcome('');
    setProgress({ done: 0, total: map.nodes.length });
    try {
      // The renderer, pdfkit and resvg load only now, keeping them out of the app's first load.
      const [{ exportStepsInWorker }, { loadExportAssets }, { downloadBytes }] = await Promise.all([
        import('../../export/steps/exportStepsInWorker.ts'),
        import('../../adapters/exportAssets.ts'),
        import('../../adapters/download.ts'),
      ]);
      const assets = await loadExportAssets(format === 'png', neededFallbackFonts(JSON.stringify(map)));
      const file = await exportStepsInWorker({ map, layout, name, format, assets }, (done, total) => setProgress({ done, total }));
      downloadBytes(file.bytes, file.fileName, file.mimeType);
      const message = `Exported ${file.fileName} (${file.steps} steps)`;
      setOutcome(message);
      announce(message);
    } catch (error) {
      setOutcome(`Step export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="export-steps">
      <button ref={button} type="button" className="button" aria-haspopup="dialog" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
        Export steps
      </button>
      {open && (
        <div
          id={panelId}
          className="export-steps__panel"
          role="dialog"
          aria-label="Export the steps"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            setOpen(false);
            button.current?.focus();
          }}
        >
          {CHOICES.map((choice) => (
            <button key={choice.format} type="button" className="button" disabled={progress !== null} onClick={() => void run(choice.format)}>
              {choice.text}
            </button>
          ))}
          <div className="export-steps__status" role="status" aria-live="polite">
            {progress ? (
              <>
                <progress max={progress.total} value={progress.done} aria-label="Step export progress" />
                <span>
                  Slide {progress.done} of {progress.total}…
                </span>
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
