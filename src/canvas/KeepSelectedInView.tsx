// Keeps the one selected claim in view beside whatever opens around it: when the selection, the canvas's size or the panels over it change, the view pans just enough that the claim is clear of them.
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useMapStore, useMapStoreApi } from '../state/useMapStore.ts';

/** Panels laid over the canvas (not beside it: those shrink the canvas instead). */
const OVER_THE_CANVAS = '.side-panel, .evaluation-banner, .focus-bar';
/** Room kept between the claim and a panel or the canvas's edge. */
const MARGIN = 16;
/** A request to centre the claim (search, focus, outline) moves the view itself, smoothly for this long; the check waits for it. */
const CENTRING_MS = 700;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const moved = (box: Box, dx: number, dy: number): Box => ({ left: box.left + dx, right: box.right + dx, top: box.top + dy, bottom: box.bottom + dy });
const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (box: Box, frame: Box): boolean => box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;

/** How far to move `box` (screen pixels) so it is inside `frame` and clear of every panel: the shortest such move, or one that at least brings it inside. */
export function clearingMove(box: Box, frame: Box, panels: readonly Box[]): { dx: number; dy: number } {
  const into = (lo: number, hi: number, min: number, max: number) => (hi - lo > max - min ? min - lo : lo < min ? min - lo : hi > max ? max - hi : 0);
  const base = { dx: into(box.left, box.right, frame.left, frame.right), dy: into(box.top, box.bottom, frame.top, frame.bottom) };
  const candidates = [base];
  for (const panel of panels) {
    const at = moved(box, base.dx, base.dy);
    candidates.push(
      { dx: base.dx + panel.right + MARGIN - at.left, dy: base.dy },
      { dx: base.dx + panel.left - MARGIN - at.right, dy: base.dy },
      { dx: base.dx, dy: base.dy + panel.bottom + MARGIN - at.top },
      { dx: base.dx, dy: base.dy + panel.top - MARGIN - at.bottom },
    );
  }
  const clear = candidates.filter(({ dx, dy }) => {
    const at = moved(box, dx, dy);
    return inside(at, frame) && !panels.some((panel) => overlaps(at, { left: panel.left - MARGIN / 2, right: panel.right + MARGIN / 2, top: panel.top - MARGIN / 2, bottom: panel.bottom + MARGIN / 2 }));
  });
  clear.sort((a, b) => Math.hypot(a.dx, a.dy) - Math.hypot(b.dx, b.dy));
  return clear[0] ?? base;
}

export function KeepSelectedInView() {
  const store = useMapStoreApi();
  const flow = useStoreApi();
  const { setViewport } = useReactFlow();
  const selected = useMapStore((s) => (s.selection.claims.length === 1 && s.selection.relations.length === 0 && !s.presenting ? (s.selection.claims[0] ?? null) : null));
  const panels = useMapStore((s) => `${s.evaluationMode.kind}:${s.evaluationMode.kind === 'practice' && s.evaluationMode.checked}:${s.whyOpen ?? ''}:${s.filter.focus?.id ?? ''}`);
  const frame = useStore((s) => `${s.width}x${s.height}`);
  const centreSeen = useRef(store.getState().centre?.seq);
  useEffect(() => {
    if (!selected) return;
    const centre = store.getState().centre;
    const centring = centre?.id === selected && centre.seq !== centreSeen.current;
    centreSeen.current = centre?.seq;
    let frameId = 0;
    const check = () => {
      const { nodeLookup, transform, domNode } = flow.getState();
      const node = nodeLookup.get(selected);
      const pane = domNode?.getBoundingClientRect();
      if (!node || !pane || pane.width === 0) return;
      const [x, y, zoom] = transform;
      const at = node.internals.positionAbsolute;
      const left = pane.left + x + at.x * zoom;
      const top = pane.top + y + at.y * zoom;
      const box = { left, top, right: left + (node.measured.width ?? 0) * zoom, bottom: top + (node.measured.height ?? 0) * zoom };
      const over = [...document.querySelectorAll(OVER_THE_CANVAS)]
        .map((panel) => panel.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0 && overlaps(r, pane));
      // A claim wholly in view stays put: the view moves only for one that is cut off or covered.
      if (inside(box, pane) && !over.some((panel) => overlaps(box, panel))) return;
      const area = { left: pane.left + MARGIN, top: pane.top + MARGIN, right: pane.right - MARGIN, bottom: pane.bottom - MARGIN };
      const { dx, dy } = clearingMove(box, area, over);
      if (Math.abs(dx) < 1 && Math.abs(dy) < 1) return;
      void setViewport({ x: x + dx, y: y + dy, zoom }, { duration: 0 });
    };
    const timer = window.setTimeout(() => (frameId = requestAnimationFrame(check)), centring ? CENTRING_MS : 0);
    return () => {
      window.clearTimeout(timer);
      cancelAnimationFrame(frameId);
    };
  }, [selected, panels, frame, store, flow, setViewport]);
  return null;
}
