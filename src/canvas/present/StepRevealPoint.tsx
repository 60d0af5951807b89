// In the story editor, one step's staged reveal: the step its mark is shown at (the teacher's, or when decided) and the marks the step reveals.
import { lightTheme } from '../../export/svg/theme.ts';
import type { Status } from '../../model/schema.ts';
import { useMapStoreApi } from '../../state/useMapStore.ts';
import { useTypedDraft } from '../useTypedDraft.ts';

export interface StepRevealProps {
  id: string;
  step: number;
  order: readonly string[];
  /** The step the teacher chose, or null when the mark shows when it is decided. */
  chosen: number | null;
  /** The step the rules give (when it is decided). */
  decided: number;
  /** The marks this step reveals, in step order. */
  reveals: readonly { id: string; label: string; status: Status }[];
}

/** A step number typed in the field: empty is back to the rules; the step is clamped into the order. */
function revealPointOf(text: string, order: readonly string[]): string | null | undefined {
  if (text.trim() === '') return null;
  const n = Number(text);
  if (!Number.isInteger(n)) return undefined;
  return order[Math.min(order.length, Math.max(1, n)) - 1];
}

export function StepRevealPoint({ id, step, order, chosen, decided, reveals }: StepRevealProps) {
  const store = useMapStoreApi();
  const typed = useTypedDraft(chosen === null ? '' : String(chosen), (text) => {
    const at = revealPointOf(text, order);
    if (at !== undefined) store.getState().setStepRevealPoint(id, at);
  });
  const hintId = `reveal-hint-${id}`;
  const words = reveals.map((mark) => `${lightTheme.statuses[mark.status].word} — ${mark.id === id ? 'this claim' : mark.label}`);
  return (
    <div className="story-editor__reveal">
      <label>
        Mark shown at step{' '}
        <input
          type="number"
          min={step}
          max={order.length}
          inputMode="numeric"
          value={typed.draft}
          placeholder={String(decided)}
          aria-describedby={hintId}
          aria-label={`Step ${step}: mark shown at step`}
          onChange={(event) => typed.change(event.target.value)}
          onBlur={typed.keep}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              typed.keep();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              typed.restore();
            }
          }}
        />
      </label>
      <span id={hintId} className="story-editor__reveal-hint">
        {chosen === null ? `when it is decided (step ${decided})` : `your choice; empty: when decided (step ${decided})`}
      </span>
      <p className="story-editor__reveals" data-reveals-step={step}>
        {words.length > 0 ? `Reveals: ${words.join('; ')}` : 'Reveals no mark'}
      </p>
    </div>
  );
}
