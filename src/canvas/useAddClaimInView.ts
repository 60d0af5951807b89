// "Add node" from the toolbar or the keyboard: beside the selected claim, else in the middle of what is on screen, and always in view.
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useMapStoreApi } from '../state/useMapStore.ts';

export function useAddClaimInView(): () => void {
  const store = useMapStoreApi();
  const { screenToFlowPosition, setCenter, getZoom } = useReactFlow();
  return useCallback(() => {
    const state = store.getState();
    if (!state.map) return;
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const center = pane ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 } : { x: window.innerWidth / 2, y: window.innerHeight / 2 };
    if (state.selection.claims.length > 0) state.addClaim();
    else state.addClaim({ at: screenToFlowPosition(center) });
    // The free place found may be off screen (beside a selected claim at the window's edge, or past a full row);
    // a big map draws only the claims in view, so its label editor would not even be there to type into.
    const added = store.getState().editingLabel;
    const box = added === null ? undefined : store.getState().layout?.claims[added];
    if (!box || !pane) return;
    const topLeft = screenToFlowPosition({ x: pane.left, y: pane.top });
    const bottomRight = screenToFlowPosition({ x: pane.right, y: pane.bottom });
    const inView = box.x >= topLeft.x && box.y >= topLeft.y && box.x + box.width <= bottomRight.x && box.y + box.height <= bottomRight.y;
    if (!inView) void setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: getZoom() });
  }, [store, screenToFlowPosition, setCenter, getZoom]);
}
