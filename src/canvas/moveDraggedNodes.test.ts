// A drag frame moves only the dragged nodes in React Flow's node lookup and notifies its subscribers once.
import type { InternalNode } from '@xyflow/react';
import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { layoutMap } from '../layout/layoutMap.ts';
import { aChain } from '../model/testBuilders.ts';
import { type ClaimFlowNode, mapToFlow } from '../state/mapToFlow.ts';
import { type FlowStoreApi, moveDraggedNodes } from './moveDraggedNodes.ts';

function flowStoreOf(nodes: readonly ClaimFlowNode[]) {
  const nodeLookup = new Map<string, InternalNode<ClaimFlowNode>>(
    nodes.map((node) => [node.id, { ...node, measured: { width: node.width, height: node.height }, internals: { positionAbsolute: node.position, z: 0, userNode: node } }]),
  );
  return { flow: createStore(() => ({ nodeLookup })) as unknown as FlowStoreApi, nodeLookup };
}

describe('moveDraggedNodes', () => {
  const map = aChain('a', 'b', 'c');
  const { nodes } = mapToFlow(map, layoutMap(map, { direction: 'TB' }));

  it('moves the dragged nodes, leaves the others as they were, and tells subscribers once', () => {
    const { flow, nodeLookup } = flowStoreOf(nodes);
    const untouched = nodeLookup.get('b');
    const heard = vi.fn();
    flow.subscribe(heard);
    moveDraggedNodes(flow, { a: { x: 500, y: 40 }, c: { x: -20, y: 900 } });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(nodeLookup.get('a')?.position).toEqual({ x: 500, y: 40 });
    expect(nodeLookup.get('a')?.internals.positionAbsolute).toEqual({ x: 500, y: 40 });
    expect(nodeLookup.get('c')?.internals.positionAbsolute).toEqual({ x: -20, y: 900 });
    expect(nodeLookup.get('b')).toBe(untouched);
  });

  it('skips nodes React Flow does not have', () => {
    const { flow, nodeLookup } = flowStoreOf(nodes);
    moveDraggedNodes(flow, { gone: { x: 1, y: 1 } });
    expect(nodeLookup.has('gone')).toBe(false);
    expect(nodeLookup.size).toBe(nodes.length);
  });
});
