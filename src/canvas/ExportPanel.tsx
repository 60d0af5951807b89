// The Export menu's panel: which claims, what to include, the background, one button per drawn format and per text format; loaded the first time the menu opens.
import type { KeyboardEvent } from 'react';
import { type ExportFormat, PNG_SCALES } from '../export/exportTypes.ts';
import { type Orientation, ORIENTATION_WORDS, ORIENTATIONS, PAGE_SIZES, PAGE_WORDS, type PageSize } from '../export/page/pageSize.ts';
import type { Background } from '../export/svg/renderMapSvg.ts';
import { writableFormats } from '../interchange/formats.ts';

export interface ExportChoice {
  format: ExportFormat;
  scale?: number;
  text: string;
}

export interface ExportOptions {
  onlySelection: boolean;
  title: boolean;
  legend: boolean;
  citation: boolean;
  background: Background;
  /** PNG and PDF: the paper ('fit' is one page the map's own size). */
  page: PageSize;
  orientation: Orientation;
}

export type ExportProgress = { text: string; done: number; total: number } | null;

const CHOICES: ExportChoice[] = [
  ...PNG_SCALES.map((scale) => ({ format: 'png' as const, scale, text: `PNG ${scale}×` })),
  { format: 'svg', text: 'SVG' },
  { format: 'pdf', text: 'PDF' },
  { format: 'json', text: 'JSON (map file)' },
];

/** The registry's text formats (AIF, Mermaid, DOT, and any added later); the map file is among the drawn choices already. */
const TEXT_CHOICES = writableFormats().filter((format) => format.name !== 'json');

interface ExportPanelProps {
  panelProps: { id: string; role: 'dialog'; onKeyDown: (event: KeyboardEvent) => void };
  options: ExportOptions;
  change: (options: Partial<ExportOptions>) => void;
  selectedCount: number;
  progress: ExportProgress;
  outcome: string;
  run: (choice: ExportChoice) => void;
  /** Writes the map in a text format of the interchange registry, by its name. */
  runText: (name: string, label: string) => void;
}

export function ExportPanel({ panelProps, options, change, selectedCount, progress, outcome, run, runText }: ExportPanelProps) {
  const panelId = panelProps.id;
  const scopeIsSelection = options.onlySelection && selectedCount > 0;
  return (
    <div className="export-menu__panel" aria-label="Export the map" {...panelProps}>
      <fieldset className="export-menu__group">
        <legend>Nodes</legend>
        <label>
          <input type="radio" name={`${panelId}-scope`} checked={!scopeIsSelection} onChange={() => change({ onlySelection: false })} />
          Whole map
        </label>
        <label>
          <input type="radio" name={`${panelId}-scope`} checked={scopeIsSelection} disabled={selectedCount === 0} onChange={() => change({ onlySelection: true })} />
          Only the selection ({selectedCount === 1 ? '1 node' : `${selectedCount} nodes`})
        </label>
      </fieldset>
      <fieldset className="export-menu__group">
        <legend>Include</legend>
        <label>
          <input type="checkbox" checked={options.title} onChange={(e) => change({ title: e.target.checked })} />
          Title
        </label>
        <label>
          <input type="checkbox" checked={options.legend} onChange={(e) => change({ legend: e.target.checked })} />
          Legend
        </label>
        <label>
          <input type="checkbox" checked={options.citation} onChange={(e) => change({ citation: e.target.checked })} />
          Source citation
        </label>
      </fieldset>
      <fieldset className="export-menu__group">
        <legend>Background</legend>
        <label>
          <input type="radio" name={`${panelId}-background`} checked={options.background === 'white'} onChange={() => change({ background: 'white' })} />
          White
        </label>
        <label>
          <input type="radio" name={`${panelId}-background`} checked={options.background === 'transparent'} onChange={() => change({ background: 'transparent' })} />
          Transparent
        </label>
      </fieldset>
      <fieldset className="export-menu__group">
        <legend>Page (PNG, PDF)</legend>
        <label>
          Size{' '}
          <select value={options.page} onChange={(e) => change({ page: e.target.value as PageSize })}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {PAGE_WORDS[size]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Orientation{' '}
          <select value={options.orientation} disabled={options.page === 'fit'} onChange={(e) => change({ orientation: e.target.value as Orientation })}>
            {ORIENTATIONS.map((orientation) => (
              <option key={orientation} value={orientation}>
                {ORIENTATION_WORDS[orientation]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <div className="export-menu__actions" role="group" aria-label="Download as">
        {CHOICES.map((choice) => (
          // aria-disabled, not disabled: a disabled button drops the keyboard focus out of the panel.
          <button key={choice.text} type="button" className="button" aria-disabled={progress !== null} onClick={() => run(choice)}>
            {choice.text}
          </button>
        ))}
      </div>
      <div className="export-menu__actions" role="group" aria-label="Text for other tools">
        {TEXT_CHOICES.map((format) => (
          <button key={format.name} type="button" className="button" aria-disabled={progress !== null} onClick={() => runText(format.name, format.label)}>
            {format.label}
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
  );
}
