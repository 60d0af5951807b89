// Fits the map to the window whenever the store says a map was opened or laid out anew (not after each edit), and when a presentation ends.
import { type FitViewOptions, getNodesBounds, getViewportForBounds, useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useEffectEvent, useRef } from 'react';
import type { ClaimFlowNode, RelationFlowEdge } from '../state/mapToFlow.ts';
import { useMapStore } from '../state/useMapStore.ts';

/**
 * Room at the bottom for the overview and zoom controls, and at the top for the bars that open over the canvas
 * (what-if, focus), so fitting never puts a node under them.
 */
export const FIT_OPTIONS: FitViewOptions<ClaimFlowNode> = { padding: { top: '64px', right: '28px', bottom: '140px', left: '28px' }, maxZoom: 1.2 };

/** How long after a presentation ends a new canvas size still refits the map. */
const REFIT_MS = 1000;

/**
 * `claims` are all the claims of the map, also those a big map has not handed React Flow yet (they are revealed
 * in batches after a layout): a big map is fitted to all of them, a small one by React Flow's own fitView (which
 * MapCanvas turns off for a big map: it would fit whatever claims it was given first).
 */
export function FitOnRelayout({ viewKey, claims, big }: { viewKey: number; claims: ClaimFlowNode[]; big: boolean }) {
  const { fitView, setViewport } = useReactFlow<ClaimFlowNode, RelationFlowEdge>();
  const flow = useStoreApi<ClaimFlowNode, RelationFlowEdge>();
  const fit = useEffectEvent(() => {
    const { width, height, minZoom } = flow.getState();
    if (!big || width <= 0 || height <= 0 || claims.length === 0) return void fitView(FIT_OPTIONS);
    void setViewport(getViewportForBounds(getNodesBounds(claims), width, height, minZoom, FIT_OPTIONS.maxZoom ?? 1, FIT_OPTIONS.padding ?? 0));
  });
  useEffect(() => {
    if (viewKey > 0) fit();
  }, [viewKey]);
  // A presentation leaves the view zoomed in on its last step; the whole map is what one comes back to. The
  // canvas changes size as the header and toolbar come back, so the fit is made again at the new size.
  const presenting = useMapStore((s) => s.presenting !== null);
  const size = useStore((s) => `${s.width}x${s.height}`);
  const wasPresenting = useRef(presenting);
  const refitUntil = useRef(0);
  useEffect(() => {
    if (wasPresenting.current && !presenting) {
      refitUntil.current = performance.now() + REFIT_MS;
      fit();
    }
    wasPresenting.current = presenting;
  }, [presenting]);
  useEffect(() => {
    if (performance.now() < refitUntil.current) fit();
  }, [size]);
  return null;
}
