// Puts a big map's claims in the page a batch per frame after each whole-map layout, those in view first, so no single task mounts hundreds of them.
import { useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import type { ClaimFlowNode, RelationFlowEdge } from '../state/mapToFlow.ts';
import { type BatchSize, batchLength, revealOrder } from './revealBatches.ts';

/** The first batch; later ones double after a quick frame and halve after a slow one, between SMALLEST and LARGEST. */
const REVEAL_BATCH: BatchSize = { inView: 30, total: 200 };
const SMALLEST: BatchSize = { inView: 10, total: 50 };
const LARGEST: BatchSize = { inView: 400, total: 1600 };
/** A frame that took less than half of this doubles the next batch, one that took longer halves it. */
const FRAME_BUDGET_MS = 60;

interface Reveal {
  key: number;
  /** The claims' ids in the order they are revealed, fixed by the first batch; null before it. */
  order: readonly string[] | null;
  count: number;
  size: BatchSize;
  /** When the last batch was handed over (a requestAnimationFrame time), or null before the first. */
  at: number | null;
}

function nextSize(size: BatchSize, at: number | null, now: number): BatchSize {
  if (at === null) return size;
  const spent = now - at;
  const scaled = (factor: number): BatchSize => ({
    inView: Math.min(LARGEST.inView, Math.max(SMALLEST.inView, Math.round(size.inView * factor))),
    total: Math.min(LARGEST.total, Math.max(SMALLEST.total, Math.round(size.total * factor))),
  });
  if (spent < FRAME_BUDGET_MS / 2) return scaled(2);
  if (spent > FRAME_BUDGET_MS) return scaled(0.5);
  return size;
}

export interface Revealed {
  /** The claims revealed so far: React Flow's work on every batch grows with the claims it is given, not with the map. */
  nodes: ClaimFlowNode[];
  /**
   * Always every link, the same array on every batch (so React Flow does not rebuild its link lookup per batch):
   * it draws only links whose claims it has, and only those in view.
   */
  edges: RelationFlowEdge[];
  revealing: boolean;
}

/**
 * The elements to hand React Flow: all of them, except right after a big map was laid out anew (`layoutKey`
 * changed while `big`), when the claims are handed over a batch per frame, from the middle of the window outwards:
 * few at a time while they land in view (each is mounted), many once they land beyond it, every batch sized so
 * that a frame stays near FRAME_BUDGET_MS on this machine. `revealing` is true until all are.
 */
export function useRevealInBatches(nodes: ClaimFlowNode[], edges: RelationFlowEdge[], layoutKey: number, big: boolean): Revealed {
  const flow = useStoreApi<ClaimFlowNode, RelationFlowEdge>();
  const [kept, setReveal] = useState<Reveal>({ key: layoutKey, order: [], count: Infinity, size: REVEAL_BATCH, at: null });
  const { order, count, size, at } = kept.key === layoutKey ? kept : { order: big ? null : [], count: big ? 0 : Infinity, size: REVEAL_BATCH, at: null };
  const revealing = order === null || count < order.length;
  useEffect(() => {
    if (!revealing) return;
    const frame = requestAnimationFrame((now) => {
      const { width, height, transform } = flow.getState();
      const [tx, ty, zoom] = transform;
      const view = { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
      const next = nextSize(size, at, now);
      const fixed = order ?? revealOrder(nodes, width > 0 && height > 0 ? width / height : 1);
      setReveal({ key: layoutKey, order: fixed, count: count + Math.max(1, batchLength(fixed, count, nodes, view, next)), size: next, at: now });
    });
    return () => cancelAnimationFrame(frame);
  }, [revealing, layoutKey, order, count, size, at, nodes, flow]);
  const shownNodes = useMemo(() => {
    if (!revealing) return nodes;
    const waitingIds = new Set(order === null ? nodes.map((node) => node.id) : order.slice(count));
    return nodes.filter((node) => !waitingIds.has(node.id));
  }, [nodes, order, count, revealing]);
  return { nodes: shownNodes, edges, revealing };
}
