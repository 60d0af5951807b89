// Moves the view to the claim the store asks for (a presentation step, a search hit, a focus with its neighbours): a smooth move, instant under reduced motion.
import { getViewportForBounds, type Rect, useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MapLayout } from '../../layout/types.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { hiddenByFilter, type ViewFilter } from '../../model/viewFilter.ts';
import { presentOrder } from '../../state/teachingState.ts';
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';

const MOVE_MS = 600;
/** A presentation step is drawn large enough to read from the back of a room, and never smaller than this. */
const PRESENT_ZOOM = { min: 1, max: 1.4 };
/** A search hit is shown at least at this zoom, so its words are readable. */
const READABLE_ZOOM = 0.9;
const MARGIN = 48;
/** Focus mode fits the neighbourhood below the focus bar and above the overview and zoom buttons. */
const FOCUS_PADDING = { top: '84px', right: '28px', bottom: '140px', left: '28px' } as const;
const FOCUS_MAX_ZOOM = 1.2;

/** The box around the claim in focus and the neighbours focus mode shows with it; null when it is not a focus request. */
function focusBounds(map: ArgumentMap, layout: MapLayout, filter: ViewFilter, id: string): Rect | null {
  if (filter.focus?.id !== id) return null;
  // What the filters leave shown: the neighbourhood, less any kind hidden as well.
  const hidden = hiddenByFilter(map, filter).claims;
  const boxes = map.nodes.flatMap((claim) => (hidden.has(claim.id) ? [] : (layout.claims[claim.id] ?? [])));
  if (boxes.length === 0) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}

/** How long after a request a resized canvas still re-centres the requested claim. */
const RESETTLE_MS = 1500;

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The zoom that shows the step's claim in the middle with the claims it links to that are already shown,
 * within the presentation's readable range: context where it fits, legibility where it does not.
 */
function stepZoom(map: ArgumentMap, layout: MapLayout, id: string, step: number, view: { width: number; height: number }): number {
  const box = layout.claims[id];
  if (!box) return PRESENT_ZOOM.max;
  const shown = new Set(presentOrder(map).slice(0, step));
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  let dx = box.width / 2;
  let dy = box.height / 2;
  for (const relation of map.edges) {
    const other = relation.source === id ? relation.target : relation.target === id ? relation.source : null;
    const near = other !== null && shown.has(other) ? layout.claims[other] : undefined;
    if (!near) continue;
    dx = Math.max(dx, Math.abs(near.x - cx), Math.abs(near.x + near.width - cx));
    dy = Math.max(dy, Math.abs(near.y - cy), Math.abs(near.y + near.height - cy));
  }
  const fit = Math.min((view.width - 2 * MARGIN) / (2 * dx), (view.height - 2 * MARGIN) / (2 * dy));
  return Math.min(PRESENT_ZOOM.max, Math.max(PRESENT_ZOOM.min, fit));
}

export function FollowCentre() {
  const store = useMapStoreApi();
  const flow = useStoreApi();
  const { setCenter, getZoom, setViewport } = useReactFlow();
  const view = useStore(useShallow((s) => ({ width: s.width, height: s.height })));
  const centre = useMapStore((s) => s.centre);
  const presenting = useMapStore((s) => s.presenting !== null);
  /** When the last request was made: a panel opening right after it (the inspector, the presentation's) must not leave the claim off-centre. */
  const requested = useRef<{ seq: number; at: number } | null>(null);
  const wasPresenting = useRef(presenting);
  const frame = `${view.width}x${view.height}`;
  useEffect(() => {
    const { map, layout, presenting: step, filter } = store.getState();
    // A presentation that ends hands the view to FitOnRelayout (the whole map): its last step must not pull it back.
    if (wasPresenting.current && !presenting && centre) requested.current = { seq: centre.seq, at: -Infinity };
    wasPresenting.current = presenting;
    if (!centre || !map || !layout) return;
    const isNew = requested.current?.seq !== centre.seq;
    // A new frame re-centres while presenting (a projector's resolution), or just after a request; otherwise it leaves the user's view alone.
    if (!isNew && !step && performance.now() - (requested.current?.at ?? 0) > RESETTLE_MS) return;
    if (isNew) requested.current = { seq: centre.seq, at: performance.now() };
    const box = layout.claims[centre.id];
    if (!box) return;
    const duration = prefersReducedMotion() || !isNew ? 0 : MOVE_MS;
    // Focus mode shows a claim with its neighbours: all of them in view, not the claim alone at a reading zoom.
    const neighbourhood = step ? null : focusBounds(map, layout, filter, centre.id);
    if (neighbourhood) {
      const { minZoom } = flow.getState();
      void setViewport(getViewportForBounds(neighbourhood, view.width, view.height, minZoom, FOCUS_MAX_ZOOM, FOCUS_PADDING), { duration });
      return;
    }
    const zoom = step ? stepZoom(map, layout, centre.id, step.step, view) : isNew ? Math.max(getZoom(), READABLE_ZOOM) : getZoom();
    void setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration });
    // Only a new request or a new frame moves the view; a re-layout alone must not pull it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [centre, frame, presenting]);
  return null;
}
