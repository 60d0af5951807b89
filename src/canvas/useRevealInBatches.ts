// Puts a big map's claims in the page a batch per frame after each whole-map layout, so no single task mounts hundreds of them.
import { useEffect, useMemo, useState } from 'react';
import type { ClaimFlowNode } from '../state/mapToFlow';

/** Claims revealed per frame: the ones of them in view are mounted with their links and minimap boxes. */
export const REVEAL_BATCH = 50;

/** One hidden copy per node object, so a node waiting for its batch is the same object on every frame. */
const waitingCopies = new WeakMap<ClaimFlowNode, ClaimFlowNode>();

function waiting(node: ClaimFlowNode): ClaimFlowNode {
  let copy = waitingCopies.get(node);
  if (!copy) {
    copy = { ...node, hidden: true };
    waitingCopies.set(node, copy);
  }
  return copy;
}

/**
 * The nodes to hand React Flow: all of them, except right after a big map was laid out anew (`layoutKey`
 * changed while `big`), when they appear REVEAL_BATCH more per frame. `revealing` is true until all show.
 */
export function useRevealInBatches(nodes: ClaimFlowNode[], layoutKey: number, big: boolean): { nodes: ClaimFlowNode[]; revealing: boolean } {
  const [reveal, setReveal] = useState({ key: layoutKey, count: Infinity });
  const count = reveal.key === layoutKey ? reveal.count : big ? 0 : Infinity;
  const revealing = count < nodes.length;
  useEffect(() => {
    if (!revealing) return;
    const frame = requestAnimationFrame(() => setReveal({ key: layoutKey, count: count + REVEAL_BATCH }));
    return () => cancelAnimationFrame(frame);
  }, [revealing, count, layoutKey]);
  const shown = useMemo(() => (revealing ? nodes.map((node, i) => (i < count ? node : waiting(node))) : nodes), [nodes, count, revealing]);
  return { nodes: shown, revealing };
}
