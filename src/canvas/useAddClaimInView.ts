// "Add node" from the toolbar or the keyboard: beside the selected claim, else in the middle of what is on screen.
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useMapStoreApi } from '../state/useMapStore.ts';

export function useAddClaimInView(): () => void {
  const store = useMapStoreApi();
  const { screenToFlowPosition } = useReactFlow();
  return useCallback(() => {
    const state = store.getState();
    if (!state.map) return;
    if (state.selection.claims.length > 0) {
      state.addClaim();
      return;
    }
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const center = pane ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 } : { x: window.innerWidth / 2, y: window.innerHeight / 2 };
    state.addClaim({ at: screenToFlowPosition(center) });
  }, [store, screenToFlowPosition]);
}
