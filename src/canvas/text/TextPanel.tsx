// The Text panel beside the canvas: the map as Argdown, typed into and kept in step with the canvas both ways.
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';
import { escapeCloses, panelToggle } from '../escapeCloses.ts';
import { type TextState, useArgdownText } from './useArgdownText.ts';
import './TextPanel.css';

const STATE_WORDS: Record<TextState, string> = {
  reading: 'Reading the text…',
  'in-map': 'The map shows this text.',
  broken: 'The map keeps its last valid state until the text is fixed.',
};

/** The offset of line `line`, column `column` (both 1-based) in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

const LOCATED = /^line (\d+), column (\d+): /;

export function TextPanel() {
  const store = useMapStoreApi();
  const field = useRef<HTMLTextAreaElement>(null);
  const argdown = useArgdownText(field);
  const problemsId = useId();
  const open = useMapStore((s) => s.textOpen);
  const close = () => store.getState().setTextOpen(false);
  // Opened by its button or key, the panel is there to be typed in.
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);
  const goTo = (line: number, column: number) => {
    const input = field.current;
    if (!input) return;
    const at = offsetOf(input.value, line, column);
    input.focus();
    input.setSelectionRange(at, at);
  };
  const onFieldKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (ctrl && (key === 'z' || key === 'y') && argdown.undo(key === 'y' || event.shiftKey)) event.preventDefault();
  };
  if (!open) return null;
  return (
    <aside className="text-panel" aria-labelledby="text-panel-title" onKeyDown={escapeCloses(close, () => panelToggle('text'))}>
      <div className="text-panel__head">
        <h2 id="text-panel-title">Text</h2>
        <button type="button" className="button button--quiet" onClick={close} aria-label="Close text">
          ✕
        </button>
      </div>
      <p className="text-panel__hint">
        The map as Argdown: <code>[id]: claim</code>, then indented <code>+&gt; [id]</code> (supports) or <code>-&gt; [id]</code> (refutes).
      </p>
      <textarea
        ref={field}
        className="text-panel__field"
        aria-label="The map as Argdown text"
        aria-invalid={argdown.state === 'broken'}
        aria-describedby={problemsId}
        spellCheck={false}
        wrap="off"
        value={argdown.text}
        onChange={(event) => argdown.change(event.target.value)}
        onKeyDown={onFieldKey}
      />
      <div id={problemsId} className="text-panel__report">
        <p className={`text-panel__state text-panel__state--${argdown.state}`} role="status">
          {argdown.state === 'broken' ? `${argdown.problems.length === 1 ? '1 problem' : `${argdown.problems.length} problems`}. ` : ''}
          {STATE_WORDS[argdown.state]}
        </p>
        {argdown.problems.length > 0 && (
          <ul className="text-panel__problems" aria-label="Problems in the text">
            {argdown.problems.map((problem, i) => {
              const at = LOCATED.exec(problem.message);
              return (
                <li key={i}>
                  {at ? (
                    <button type="button" className="text-panel__goto" onClick={() => goTo(Number(at[1]), Number(at[2]))}>
                      {problem.message}
                    </button>
                  ) : (
                    problem.message
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {argdown.behind && (
          <p className="text-panel__behind">
            The map changed on the canvas while this text was not in it.{' '}
            <button type="button" className="button" onClick={argdown.takeMapText}>
              Show the map’s text
            </button>
          </p>
        )}
        {argdown.notes.length > 0 && (
          <details className="text-panel__notes">
            <summary>{argdown.notes.length === 1 ? '1 approximation' : `${argdown.notes.length} approximations`}</summary>
            <ul>
              {argdown.notes.map((note, i) => (
                <li key={i}>
                  {note.where}: {note.message}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </aside>
  );
}
