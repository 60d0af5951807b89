// Moves the nodes being dragged inside React Flow's own store, so a drag frame re-adopts none of the other nodes.
import type { useStoreApi, XYPosition } from '@xyflow/react';
import type { ClaimFlowNode, RelationFlowEdge } from '../state/mapToFlow.ts';

export type FlowStoreApi = ReturnType<typeof useStoreApi<ClaimFlowNode, RelationFlowEdge>>;

/**
 * Handing React Flow a new array of all nodes on each drag frame made it re-adopt every one of them (and made
 * the canvas and its overview render again). React Flow changes its node lookup in place and then notifies its
 * subscribers with an empty update itself (updateNodeInternals); this does the same for the dragged nodes only.
 * The dragged nodes are selected (React Flow selects a node when its drag starts), so the array handed over at the
 * drop has new objects for them, and React Flow rebuilds them from it, moved or (a refused edit) not.
 */
export function moveDraggedNodes(flow: FlowStoreApi, positions: Readonly<Record<string, XYPosition>>): void {
  const { nodeLookup } = flow.getState();
  for (const [id, position] of Object.entries(positions)) {
    const node = nodeLookup.get(id);
    if (node) nodeLookup.set(id, { ...node, position, internals: { ...node.internals, positionAbsolute: position } });
  }
  flow.setState({});
}
