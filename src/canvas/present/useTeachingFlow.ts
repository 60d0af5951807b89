// The canvas's props with the teaching views applied: later presentation steps, filtered kinds and relations and the focus hidden; no editing while presenting.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ClaimFlowNode, RelationFlowEdge } from '../../state/mapToFlow.ts';
import { useMapStore } from '../../state/useMapStore.ts';
import { teachingViewOf, withTeachingView } from '../../state/withTeachingView.ts';

/** A presentation shows the map; a stray drag or key must not edit it. */
const LOCKED = { nodesDraggable: false, nodesConnectable: false, elementsSelectable: false, edgesReconnectable: false, onNodeDoubleClick: undefined } as const;
/**
 * Said outright when not presenting: React Flow keeps the last value it was given for a prop that turns
 * undefined, so leaving these out would leave the map locked after a presentation.
 */
const UNLOCKED = { nodesDraggable: true, nodesConnectable: true, elementsSelectable: true, edgesReconnectable: true } as const;

const NONE_NODES: ClaimFlowNode[] = [];
const NONE_EDGES: RelationFlowEdge[] = [];

export function useTeachingFlow<F extends { nodes?: ClaimFlowNode[]; edges?: RelationFlowEdge[] }>(flow: F): F & { [K in keyof typeof UNLOCKED]: boolean } {
  const { map, presenting, filter } = useMapStore(useShallow((s) => ({ map: s.map, presenting: s.presenting, filter: s.filter })));
  const view = useMemo(() => (map ? teachingViewOf(map, { presenting, filter }) : null), [map, presenting, filter]);
  const { nodes = NONE_NODES, edges = NONE_EDGES } = flow;
  const shown = useMemo(() => withTeachingView({ nodes, edges }, view), [nodes, edges, view]);
  return { ...flow, ...shown, ...(presenting ? LOCKED : UNLOCKED) };
}
