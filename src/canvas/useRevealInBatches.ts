// Puts a big map's claims in the page a batch per frame after each whole-map layout, so no single task mounts hundreds of them.
import { useEffect, useMemo, useState } from 'react';
import type { ClaimFlowNode, RelationFlowEdge } from '../state/mapToFlow.ts';

/** Claims revealed in the first frame; the ones of them in view are mounted with their links and minimap boxes. */
export const REVEAL_BATCH = 50;
/** A frame that took less than half of this doubles the next batch, one that took longer halves it. */
const FRAME_BUDGET_MS = 80;
const SMALLEST_BATCH = REVEAL_BATCH;
const LARGEST_BATCH = 800;

interface Reveal {
  key: number;
  count: number;
  batch: number;
  /** When the last batch was handed over (a requestAnimationFrame time), or null before the first. */
  at: number | null;
}

function nextBatch(batch: number, at: number | null, now: number): number {
  if (at === null) return batch;
  const spent = now - at;
  if (spent < FRAME_BUDGET_MS / 2) return Math.min(LARGEST_BATCH, batch * 2);
  if (spent > FRAME_BUDGET_MS) return Math.max(SMALLEST_BATCH, Math.round(batch / 2));
  return batch;
}

/** One hidden copy per element object, so an element waiting for its batch is the same object on every frame. */
const waitingCopies = new WeakMap<object, object>();

function waiting<T extends ClaimFlowNode | RelationFlowEdge>(element: T): T {
  let copy = waitingCopies.get(element) as T | undefined;
  if (!copy) {
    copy = { ...element, hidden: true };
    waitingCopies.set(element, copy);
  }
  return copy;
}

export interface Revealed {
  nodes: ClaimFlowNode[];
  /** A link shows once both its claims do (React Flow would draw it to a hidden claim's place). */
  edges: RelationFlowEdge[];
  revealing: boolean;
}

/**
 * The elements to hand React Flow: all of them, except right after a big map was laid out anew (`layoutKey`
 * changed while `big`), when the claims appear a batch per frame, the batch sized so that a frame stays near
 * FRAME_BUDGET_MS on this machine. `revealing` is true until all show.
 */
export function useRevealInBatches(nodes: ClaimFlowNode[], edges: RelationFlowEdge[], layoutKey: number, big: boolean): Revealed {
  const [kept, setReveal] = useState<Reveal>({ key: layoutKey, count: Infinity, batch: REVEAL_BATCH, at: null });
  const { count, batch, at } = kept.key === layoutKey ? kept : { count: big ? 0 : Infinity, batch: REVEAL_BATCH, at: null };
  const revealing = count < nodes.length;
  useEffect(() => {
    if (!revealing) return;
    const frame = requestAnimationFrame((now) => {
      const next = nextBatch(batch, at, now);
      setReveal({ key: layoutKey, count: count + next, batch: next, at: now });
    });
    return () => cancelAnimationFrame(frame);
  }, [revealing, layoutKey, count, batch, at]);
  return useMemo(() => {
    if (!revealing) return { nodes, edges, revealing };
    const shown = new Set(nodes.slice(0, count).map((node) => node.id));
    return {
      nodes: nodes.map((node, i) => (i < count ? node : waiting(node))),
      edges: edges.map((edge) => (shown.has(edge.source) && shown.has(edge.target) ? edge : waiting(edge))),
      revealing,
    };
  }, [nodes, edges, count, revealing]);
}
