// Edits the presentation's story: reorder the steps (buttons, or Alt+↑/↓ on a step), write each step's note and the step its mark shows at; every change is an undoable edit saved with the map.
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { presentOrder } from '../../state/teachingState.ts';
import { revealPreview } from './revealPreview.ts';
import { StepRevealPoint } from './StepRevealPoint.tsx';
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';
import { scrollWithinPanel } from '../scrollWithinPanel.ts';
import { useTypedDraft } from '../useTypedDraft.ts';

function StepNote({ id, step, note }: { id: string; step: number; note: string }) {
  const store = useMapStoreApi();
  const typed = useTypedDraft(note, (text) => store.getState().setStepNote(id, text));
  return (
    <label className="story-editor__note">
      <span className="visually-hidden">Note for step {step}</span>
      <textarea
        rows={2}
        value={typed.draft}
        placeholder="Note for this step (optional)"
        onChange={(event) => typed.change(event.target.value)}
        onBlur={typed.keep}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            typed.keep();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            typed.restore();
          }
        }}
      />
    </label>
  );
}

export function StoryEditor() {
  const store = useMapStoreApi();
  const { map, step } = useMapStore(useShallow((s) => ({ map: s.map, step: s.presenting?.step ?? 0 })));
  const listRef = useRef<HTMLOListElement>(null);
  const [moved, setMoved] = useState<{ id: string; seq: number } | null>(null);

  // Opening the editor shows where the presentation is, scrolling the panel and never the page.
  useEffect(() => {
    scrollWithinPanel(listRef.current?.querySelector('[aria-current="step"]'), 'center');
  }, []);

  // After a move, focus follows the step to its new place so the keyboard can keep moving it.
  useEffect(() => {
    if (!moved) return;
    listRef.current?.querySelector<HTMLElement>(`[data-step-id="${moved.id}"]`)?.focus();
  }, [moved]);

  if (!map) return null;
  const order = presentOrder(map);
  const labels = new Map(map.nodes.map((claim) => [claim.id, claim.label]));
  const notes = new Map((map.story ?? []).map((entry) => [entry.id, entry.note ?? '']));
  const reveal = revealPreview(map, order);
  const move = (from: number, to: number) => {
    const id = order[from];
    if (id === undefined || to < 0 || to >= order.length) return;
    store.getState().moveStep(from, to);
    setMoved((last) => ({ id, seq: (last?.seq ?? 0) + 1 }));
  };

  return (
    <section className="story-editor" aria-labelledby="story-editor-title">
      <div className="story-editor__head">
        <h2 id="story-editor-title">Story</h2>
        <button type="button" className="button" onClick={() => store.getState().resetStory()} disabled={!map.story}>
          Reset to link order
        </button>
      </div>
      <p className="story-editor__hint">
        {map.story ? 'Your order, saved with the map.' : 'Derived from the links: causes before effects, evidence beside what it bears on.'} Alt+↑/↓
        moves the focused step.
      </p>
      <ol className="story-editor__list" ref={listRef} aria-label="Steps in order">
        {order.map((id, i) => {
          const label = labels.get(id) ?? id;
          return (
            <li key={id} className={i + 1 === step ? 'story-editor__step story-editor__step--current' : 'story-editor__step'}>
              <div
                className="story-editor__row"
                tabIndex={0}
                data-step-id={id}
                aria-label={`Step ${i + 1} of ${order.length}: ${label}`}
                aria-current={i + 1 === step ? 'step' : undefined}
                onKeyDown={(event) => {
                  if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
                  event.preventDefault();
                  move(i, event.key === 'ArrowUp' ? i - 1 : i + 1);
                }}
              >
                <span className="story-editor__number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="story-editor__label">{label}</span>
                <span className="story-editor__buttons">
                  <button type="button" className="button button--quiet" onClick={() => store.getState().goToStep(i + 1)} aria-label={`Show step ${i + 1}`}>
                    Show
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={`Move “${label}” up`}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => move(i, i + 1)}
                    disabled={i === order.length - 1}
                    aria-label={`Move “${label}” down`}
                  >
                    ↓
                  </button>
                </span>
              </div>
              <StepNote id={id} step={i + 1} note={notes.get(id) ?? ''} />
              <StepRevealPoint id={id} step={i + 1} order={order} {...reveal.of(id, i)} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
