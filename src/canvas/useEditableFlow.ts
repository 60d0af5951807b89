// Makes the canvas editable: the store's map as React Flow nodes and edges (with selection and live drags), and every gesture turned into a store action.
import {
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type OnConnectEnd,
  type ReactFlowProps,
  useStoreApi,
} from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Position } from '../model/schema.ts';
import type { Selection } from '../state/editState.ts';
import type { ClaimFlowNode, RelationFlowEdge } from '../state/mapToFlow.ts';
import { useMapStore, useMapStoreApi } from '../state/useMapStore.ts';
import { DRAGGED_CLAIM, DRAGGED_LINK, liftedClaims } from './dragLift.ts';
import { moveDraggedNodes } from './moveDraggedNodes.ts';
import { useStandingFlow } from './useStandingFlow.ts';

/** The node under the pointer when a link is dropped on a node's body rather than on its handle. */
function nodeUnderPointer(event: MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const element = document.elementFromPoint(point.clientX, point.clientY);
  return element?.closest('.react-flow__node')?.getAttribute('data-id') ?? null;
}

function toggled(ids: readonly string[], changes: readonly { id: string; selected: boolean }[]): readonly string[] {
  if (changes.length === 0) return ids;
  const next = new Set(ids);
  for (const change of changes) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return [...next];
}

export type EditableFlowProps = Pick<
  ReactFlowProps<ClaimFlowNode, RelationFlowEdge>,
  | 'nodes'
  | 'edges'
  | 'onNodesChange'
  | 'onEdgesChange'
  | 'onConnect'
  | 'onConnectEnd'
  | 'onReconnect'
  | 'onReconnectEnd'
  | 'onNodeDoubleClick'
>;

export function useEditableFlow(): EditableFlowProps {
  const store = useMapStoreApi();
  const flowStore = useStoreApi<ClaimFlowNode, RelationFlowEdge>();
  const { map, layout, selection, dragActive } = useMapStore(
    useShallow((s) => ({ map: s.map, layout: s.layout, selection: s.selection, dragActive: !!s.dragging })),
  );
  const flow = useStandingFlow(map, layout);
  /** The claims a drag lifts onto layers of their own (dragLift), read once when the drag starts. */
  const liftedIds = useMemo(() => (dragActive ? liftedClaims(store.getState().dragging) : null), [dragActive, store]);

  /**
   * Drag frames move the dragged nodes in React Flow's store (moveDraggedNodes), not through this array: only the
   * start and the end of a drag remake it. An array remade meanwhile (a selection) carries the nodes where they are.
   */
  const nodes = useMemo(() => {
    const dragging = dragActive ? store.getState().dragging : null;
    const chosen = new Set(selection.claims);
    return flow.nodes.map((node) => {
      const moved = dragging?.[node.id];
      const selected = chosen.has(node.id);
      if (!moved && !selected) return node;
      return { ...node, selected, ...(moved ? { position: moved } : {}), ...(liftedIds?.has(node.id) ? { className: DRAGGED_CLAIM } : {}) };
    });
  }, [flow.nodes, selection.claims, dragActive, store, liftedIds]);

  /**
   * Not remade during a drag, only at its start and end: a new edges array makes React Flow re-index every edge.
   * The edges of a dragged claim notice by themselves that their route no longer meets it (RelationEdge).
   */
  const edges = useMemo(() => {
    const chosen = new Set(selection.relations);
    if (chosen.size === 0 && !liftedIds) return flow.edges;
    return flow.edges.map((edge) => {
      const selected = chosen.has(edge.id);
      const lifted = liftedIds !== null && (liftedIds.has(edge.source) || liftedIds.has(edge.target));
      if (!selected && !lifted) return edge;
      return { ...edge, ...(selected ? { selected } : {}), ...(lifted ? DRAGGED_LINK : {}) };
    });
  }, [flow.edges, selection.relations, liftedIds]);

  const onNodesChange = useCallback(
    (changes: NodeChange<ClaimFlowNode>[]) => {
      const moving: Record<string, Position> = {};
      const dropped: Record<string, Position> = {};
      const selects: { id: string; selected: boolean }[] = [];
      for (const change of changes) {
        if (change.type === 'select') selects.push(change);
        /** React Flow 12 ends every drag with the dropped nodes' positions (dragging false). */
        if (change.type === 'position' && change.position) (change.dragging ? moving : dropped)[change.id] = change.position;
      }
      const state = store.getState();
      if (selects.length > 0) {
        const next: Selection = { claims: toggled(state.selection.claims, selects), relations: state.selection.relations };
        state.select(next);
      }
      if (Object.keys(moving).length > 0) {
        moveDraggedNodes(flowStore, moving);
        state.dragTo(moving);
      }
      if (Object.keys(dropped).length > 0) state.endDrag(dropped);
    },
    [store, flowStore],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<RelationFlowEdge>[]) => {
      const selects = changes.filter((change) => change.type === 'select');
      if (selects.length === 0) return;
      const state = store.getState();
      state.select({ claims: state.selection.claims, relations: toggled(state.selection.relations, selects) });
    },
    [store],
  );

  const onConnect = useCallback((connection: Connection) => store.getState().connect(connection.source, connection.target), [store]);

  const onConnectEnd: OnConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, connection: FinalConnectionState) => {
      if (connection.isValid || !connection.fromNode) return;
      const target = nodeUnderPointer(event);
      if (!target) return;
      const from = connection.fromNode.id;
      if (connection.fromHandle?.type === 'target') store.getState().connect(target, from);
      else store.getState().connect(from, target);
    },
    [store],
  );

  const onReconnect = useCallback(
    (old: RelationFlowEdge, connection: Connection) => store.getState().reconnect(old.id, { source: connection.source, target: connection.target }),
    [store],
  );

  /** A link end dropped on a node's body: `fixed` is the end that stayed, so the other one moves. */
  const onReconnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, edge: RelationFlowEdge, fixed: 'source' | 'target', connection: FinalConnectionState) => {
      if (connection.isValid) return;
      const node = nodeUnderPointer(event);
      if (!node) return;
      store.getState().reconnect(edge.id, fixed === 'target' ? { source: node } : { target: node });
    },
    [store],
  );

  const onNodeDoubleClick = useCallback((_event: unknown, node: ClaimFlowNode) => store.getState().startLabelEdit(node.id), [store]);

  return { nodes, edges, onNodesChange, onEdgesChange, onConnect, onConnectEnd, onReconnect, onReconnectEnd, onNodeDoubleClick };
}
