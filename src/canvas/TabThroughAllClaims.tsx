// Tab and Shift+Tab on a big map walk every claim, not only the ones drawn: the next claim is brought into view, then focused.
import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';
import type { ClaimFlowNode, RelationFlowEdge } from '../state/mapToFlow.ts';
import { claimElement, focusWhenDrawn } from './claimElement.ts';

const selectDomNode = (state: ReactFlowState) => state.domNode;

/**
 * React Flow draws only the claims in view on a big map, so the browser's own Tab order would skip the rest.
 * From a focused claim, Tab goes to the next claim in the map's order (the order a small map tabs in),
 * wherever it is; past the first or last claim the browser takes over again.
 */
export function TabThroughAllClaims({ enabled }: { enabled: boolean }) {
  const canvas = useStore(selectDomNode);
  const flow = useReactFlow<ClaimFlowNode, RelationFlowEdge>();

  useEffect(() => {
    if (!enabled || !canvas) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
      const from = event.target instanceof HTMLElement ? event.target : null;
      if (!from?.classList.contains('react-flow__node')) return;
      const claims = flow.getNodes().filter((node) => !node.hidden);
      const index = claims.findIndex((node) => node.id === from.dataset.id);
      const next = index < 0 ? undefined : claims[index + (event.shiftKey ? -1 : 1)];
      if (!next) return;
      event.preventDefault();
      event.stopPropagation();
      if (!claimElement(canvas, next.id)) {
        const width = next.measured?.width ?? next.width ?? 0;
        const height = next.measured?.height ?? next.height ?? 0;
        const position = flow.getInternalNode(next.id)?.internals.positionAbsolute ?? next.position;
        void flow.setCenter(position.x + width / 2, position.y + height / 2, { zoom: flow.getZoom() });
      }
      focusWhenDrawn(canvas, next.id);
    };
    canvas.addEventListener('keydown', onKeyDown, true);
    return () => canvas.removeEventListener('keydown', onKeyDown, true);
  }, [enabled, canvas, flow]);

  return null;
}
