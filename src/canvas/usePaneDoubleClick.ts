// A double-click on empty canvas adds a claim at the pointer (React Flow reports pane clicks, not pane double-clicks).
import { useReactFlow } from '@xyflow/react';
import { type MouseEvent, useCallback } from 'react';
import { useMapStoreApi } from '../state/useMapStore.ts';

export function usePaneDoubleClick(): (event: MouseEvent) => void {
  const store = useMapStoreApi();
  const { screenToFlowPosition } = useReactFlow();
  return useCallback(
    (event: MouseEvent) => {
      const state = store.getState();
      if (event.detail !== 2) {
        if (state.selection.claims.length > 0 || state.selection.relations.length > 0) state.select({ claims: [], relations: [] });
        return;
      }
      if (!state.map) return;
      state.addClaim({ at: screenToFlowPosition({ x: event.clientX, y: event.clientY }) });
    },
    [store, screenToFlowPosition],
  );
}
