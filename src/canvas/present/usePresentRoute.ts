// Keeps the presentation and the address bar together: ?step=N opens the presentation at step N, and the URL follows the step.
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { currentStepParam, replaceStepParam } from '../../adapters/stepRoute.ts';
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';

export function usePresentRoute(): void {
  const store = useMapStoreApi();
  const { hasMap, session, step } = useMapStore(useShallow((s) => ({ hasMap: s.map !== null, session: s.session, step: s.presenting?.step ?? null })));

  // A deep link is honoured once per opened map.
  useEffect(() => {
    if (!hasMap) return;
    const asked = currentStepParam();
    if (asked !== null) store.getState().startPresenting(asked);
  }, [hasMap, session, store]);

  const wasPresenting = useRef(false);
  useEffect(() => {
    if (step !== null) {
      wasPresenting.current = true;
      replaceStepParam(step);
    } else if (wasPresenting.current) {
      wasPresenting.current = false;
      replaceStepParam(null);
    }
  }, [step]);
}
