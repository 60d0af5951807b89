// The overview of the whole map in the canvas's corner: every claim as a dot of its kind's colour and the window's frame, on one canvas; drag or click it to pan, wheel to zoom.
import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { type PointerEvent, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { lightTheme } from '../export/svg/theme.ts';
import { CLAIM_KINDS, type ClaimKind } from '../model/schema.ts';
import type { ClaimFlowNode } from '../state/mapToFlow.ts';
import { claimsBounds, type OverviewFrame, overviewFrame, toMap, toOverview, type Transform, windowRect } from './overviewGeometry.ts';

export const OVERVIEW_LABEL = 'Overview of the whole map';
const WIDTH = 168;
const HEIGHT = 108;
/** A claim is drawn at least this big (px), so that even a thousand-claim map shows each one. */
const MIN_DOT = 1;
/** A press that moves less than this (px) is a click: it centres the window there. */
const CLICK_SLOP = 3;
const PAPER = '#ffffff';
const MASK = 'rgba(226, 230, 236, 0.6)';
const WINDOW_EDGE = '#64748b';

function draw(canvas: HTMLCanvasElement, claims: readonly ClaimFlowNode[], frame: OverviewFrame, view: ReturnType<typeof windowRect>): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  const ratio = canvas.width / WIDTH;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.fillStyle = PAPER;
  context.fillRect(0, 0, WIDTH, HEIGHT);
  const byKind = new Map<ClaimKind, ClaimFlowNode[]>(CLAIM_KINDS.map((kind) => [kind, []]));
  for (const claim of claims) if (!claim.hidden) byKind.get(claim.data.kind)?.push(claim);
  for (const [kind, ofKind] of byKind) {
    context.fillStyle = lightTheme.kinds[kind].stroke;
    for (const claim of ofKind) {
      const box = toOverview(frame, { ...claim.position, width: claim.width ?? 0, height: claim.height ?? 0 });
      context.fillRect(box.x, box.y, Math.max(MIN_DOT, box.width), Math.max(MIN_DOT, box.height));
    }
  }
  const shown = toOverview(frame, view);
  context.beginPath();
  context.rect(0, 0, WIDTH, HEIGHT);
  context.rect(shown.x, shown.y, shown.width, shown.height);
  context.fillStyle = MASK;
  context.fill('evenodd');
  context.strokeStyle = WINDOW_EDGE;
  context.lineWidth = 1;
  context.strokeRect(Math.round(shown.x) + 0.5, Math.round(shown.y) + 0.5, Math.round(shown.width), Math.round(shown.height));
}

/**
 * `claims` are all the map's claims (also those a big map has not handed React Flow yet). One subscription to the
 * viewport and one canvas replace React Flow's minimap, whose every claim is a component of its own that React Flow
 * wakes on each frame of a drag.
 */
export function OverviewMap({ claims }: { claims: readonly ClaimFlowNode[] }) {
  const { transform, width, height } = useStore(useShallow((s) => ({ transform: s.transform as Transform, width: s.width, height: s.height })));
  const { setViewport, setCenter, zoomTo } = useReactFlow();
  const canvas = useRef<HTMLCanvasElement>(null);
  const bounds = useMemo(() => claimsBounds(claims), [claims]);
  const view = windowRect(transform, width, height);
  const frame = overviewFrame(bounds, view, WIDTH, HEIGHT);
  /** The latest frame and viewport for the pointer handlers, which outlive renders. */
  const latest = useRef({ frame, transform });
  latest.current = { frame, transform };

  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
    if (element.width !== WIDTH * ratio) element.width = WIDTH * ratio;
    if (element.height !== HEIGHT * ratio) element.height = HEIGHT * ratio;
    draw(element, claims, frame, view);
  });

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    /** Not a React handler: React's wheel listeners are passive, and the page must not scroll meanwhile. */
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const step = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
      void zoomTo(latest.current.transform[2] * 2 ** (-event.deltaY * step));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [zoomTo]);

  const press = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    press.current = { x: event.clientX, y: event.clientY, moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const start = press.current;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!start.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
    press.current = { x: event.clientX, y: event.clientY, moved: true };
    const { frame: now, transform: [tx, ty, zoom] } = latest.current;
    void setViewport({ x: tx - dx * now.scale * zoom, y: ty - dy * now.scale * zoom, zoom });
  };
  const onPointerUp = (event: PointerEvent<HTMLCanvasElement>) => {
    const start = press.current;
    press.current = null;
    if (!start || start.moved) return;
    const box = event.currentTarget.getBoundingClientRect();
    const at = toMap(latest.current.frame, { x: event.clientX - box.left, y: event.clientY - box.top });
    void setCenter(at.x, at.y, { zoom: latest.current.transform[2] });
  };

  return (
    <Panel position="bottom-right" className="map-overview">
      <canvas
        ref={canvas}
        role="img"
        aria-label={OVERVIEW_LABEL}
        style={{ width: WIDTH, height: HEIGHT }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          press.current = null;
        }}
      />
    </Panel>
  );
}
