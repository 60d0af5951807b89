// Focus mode's bar over the canvas: which claim is in focus, how many links out it reaches (adjustable), and the way back to the whole map.
import { useShallow } from 'zustand/react/shallow';
import { MAX_FOCUS_DEPTH, MIN_FOCUS_DEPTH } from '../../model/focusNeighbourhood.ts';
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';
import { claimElement } from '../claimElement.ts';
import { escapeCloses } from '../escapeCloses.ts';

export function FocusBar() {
  const store = useMapStoreApi();
  const { focus, label, presenting } = useMapStore(
    useShallow((s) => ({
      focus: s.filter.focus,
      label: s.filter.focus ? (s.map?.nodes.find((c) => c.id === s.filter.focus?.id)?.label ?? null) : null,
      presenting: s.presenting !== null,
    })),
  );
  if (!focus || label === null || presenting) return null;
  // The bar goes with focus mode; the claim that was in focus keeps the keyboard's place.
  const leaveOnEscape = escapeCloses(() => store.getState().clearFocus(), () => claimElement(document, focus.id));
  return (
    <div className="focus-bar" role="region" aria-label="Focus" onKeyDown={leaveOnEscape}>
      <p className="focus-bar__what">
        Focus on <strong>{label}</strong>
      </p>
      <span className="focus-bar__depth">
        <button type="button" className="button" onClick={() => store.getState().setFocusDepth(focus.depth - 1)} disabled={focus.depth <= MIN_FOCUS_DEPTH} aria-label="Fewer neighbours">
          −
        </button>
        <output aria-live="polite" aria-label="Links away">
          {focus.depth}
        </output>
        <span>{focus.depth === 1 ? 'link away' : 'links away'}</span>
        <button type="button" className="button" onClick={() => store.getState().setFocusDepth(focus.depth + 1)} disabled={focus.depth >= MAX_FOCUS_DEPTH} aria-label="More neighbours">
          +
        </button>
      </span>
      <button type="button" className="button" onClick={() => store.getState().clearFocus()}>
        Show whole map
      </button>
    </div>
  );
}
