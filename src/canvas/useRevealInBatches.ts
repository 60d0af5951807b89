// Puts a big map's claims in the page a batch at a time after each whole-map layout, those in view first, so no single task mounts hundreds of them.
import { useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import type { ClaimFlowNode, RelationFlowEdge } from '../state/mapToFlow.ts';
import { inNextTask } from './inNextTask.ts';
import { batchLength, FIRST_BATCH, nextBatchSize, revealOrder } from './revealBatches.ts';

/**
 * What one batch may take on this machine, from handing it over until its frame is drawn: React's work and the
 * frame's style, layout and paint run as separate tasks, so each stays well under it.
 */
const BATCH_BUDGET_MS = 90;

const NO_EDGES: RelationFlowEdge[] = [];

interface Reveal {
  key: number;
  /** The claims' ids in the order they are revealed, fixed by the first step (which hands over the links); null before it. */
  order: readonly string[] | null;
  count: number;
  /** The last batch's size, in claims in view (see batchLength). */
  size: number;
  /** When the last batch was handed over (performance.now()), or null before the first. */
  at: number | null;
}

export interface Revealed {
  /** The claims revealed so far: React Flow's work on every batch grows with the claims it is given, not with the map. */
  nodes: ClaimFlowNode[];
  /**
   * Every link, the same array on every batch (so React Flow does not rebuild its link lookup per batch): it draws
   * only links whose claims it has, and only those in view. Right after a layout none yet: indexing 1,400 links
   * is a step of its own, before the first claims.
   */
  edges: RelationFlowEdge[];
  revealing: boolean;
}

/**
 * Runs `then` in a task of its own once the next frame has been drawn: the batch it hands over is then rendered
 * by React in tasks apart from the frame that draws it, instead of lengthening that frame.
 */
function afterNextFrame(then: () => void): () => void {
  let cancelTask = () => undefined as void;
  const frame = requestAnimationFrame(() => {
    cancelTask = inNextTask(then);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelTask();
  };
}

/**
 * The elements to hand React Flow: all of them, except right after a big map was laid out anew (`layoutKey`
 * changed while `big`), when the links are handed over first and then the claims a batch per frame, from the middle
 * of the window outwards: a few at a time while they land in view (each is mounted), many once they land beyond it;
 * the batch size follows how long the last batch took. `revealing` is true until all are.
 */
export function useRevealInBatches(nodes: ClaimFlowNode[], edges: RelationFlowEdge[], layoutKey: number, big: boolean): Revealed {
  const flow = useStoreApi<ClaimFlowNode, RelationFlowEdge>();
  const [kept, setReveal] = useState<Reveal>({ key: layoutKey, order: [], count: Infinity, size: FIRST_BATCH, at: null });
  const { order, count, size, at } = kept.key === layoutKey ? kept : { order: big ? null : [], count: big ? 0 : Infinity, size: FIRST_BATCH, at: null };
  const revealing = order === null || count < order.length;
  useEffect(() => {
    if (!revealing) return;
    return afterNextFrame(() => {
      const { width, height, transform } = flow.getState();
      if (order === null) return setReveal({ key: layoutKey, order: revealOrder(nodes, width > 0 && height > 0 ? width / height : 1), count: 0, size, at: null });
      const [tx, ty, zoom] = transform;
      const view = { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
      const next = at === null ? size : nextBatchSize(size, performance.now() - at, BATCH_BUDGET_MS);
      const byId = new Map(nodes.map((node) => [node.id, node]));
      const taken = batchLength(order, count, byId, view, next);
      setReveal({ key: layoutKey, order, count: count + taken, size: next, at: performance.now() });
    });
  }, [revealing, layoutKey, order, count, size, at, nodes, flow]);
  const shownNodes = useMemo(() => {
    if (!revealing) return nodes;
    const waitingIds = new Set(order === null ? nodes.map((node) => node.id) : order.slice(count));
    return nodes.filter((node) => !waitingIds.has(node.id));
  }, [nodes, order, count, revealing]);
  return { nodes: shownNodes, edges: order === null ? NO_EDGES : edges, revealing };
}
