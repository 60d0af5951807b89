import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../layout/layoutMap.ts';
import { aClaim, aMap, aRelation } from '../model/testBuilders.ts';
import { mapToFlow } from './mapToFlow.ts';

const map = aMap(
  [
    aClaim('invasion', { kind: 'event', label: 'North Korea invades', status: 'supported' }),
    aClaim('probe', { kind: 'assumption', label: 'A probe of Western will', status: 'refuted', position: { x: 500, y: 40 } }),
  ],
  [aRelation('probe', 'invasion', { relation: 'motivates', label: 'as Washington saw it' })],
);

describe('mapToFlow', () => {
  it('places every claim at its box, sized by it, with the laid-out label lines', () => {
    const layout = layoutMap(map, { direction: 'TB' });
    const { nodes } = mapToFlow(map, layout);
    expect(nodes.map((n) => n.id)).toEqual(['invasion', 'probe']);
    for (const node of nodes) {
      const box = layout.claims[node.id];
      expect(node.position).toEqual({ x: box?.x, y: box?.y });
      expect([node.width, node.height]).toEqual([box?.width, box?.height]);
      expect(node.measured).toEqual({ width: box?.width, height: box?.height });
      expect(node.data.labelLines).toEqual(box?.labelLines);
      expect(node.sourcePosition).toBe(Position.Bottom);
      expect(node.targetPosition).toBe(Position.Top);
    }
    expect(nodes[1]?.data).toMatchObject({ kind: 'assumption', status: 'refuted', pinned: true });
    expect(nodes[0]?.data.pinned).toBe(false);
  });

  it('names each node by its label, kind and status word', () => {
    const { nodes } = mapToFlow(map, layoutMap(map));
    expect(nodes[0]?.ariaLabel).toBe('North Korea invades — Event, Supported');
    expect(nodes[1]?.ariaLabel).toBe('A probe of Western will — Assumption, Refuted');
  });

  it('gives every relation its kind, label, route and a readable name', () => {
    const layout = layoutMap(map);
    const [edge] = mapToFlow(map, layout).edges;
    expect(edge).toMatchObject({ source: 'probe', target: 'invasion', type: 'relation' });
    expect(edge?.data).toEqual({ relation: 'motivates', label: 'as Washington saw it', points: layout.relations[edge?.id ?? '']?.points, ports: { source: { x: 0, y: 0 }, target: { x: 0, y: 0 } } });
    expect(edge?.ariaLabel).toBe('A probe of Western will motivates North Korea invades (as Washington saw it)');
  });

  it('puts the handles on the sides when laid out left to right', () => {
    const { nodes } = mapToFlow(map, layoutMap(map, { direction: 'LR' }));
    expect(nodes.every((n) => n.sourcePosition === Position.Right && n.targetPosition === Position.Left)).toBe(true);
  });
});

describe('mapToFlow handles', () => {
  it('joins relations with the flow at the forward handles and back relations at the opposite sides', () => {
    const cycle = aMap([aClaim('a'), aClaim('b')], [aRelation('a', 'b'), aRelation('b', 'a', { relation: 'motivates' })]);
    for (const direction of ['TB', 'LR'] as const) {
      const layout = layoutMap(cycle, { direction });
      const edges = mapToFlow(cycle, layout).edges;
      const sides = edges.map((e) => `${e.sourceHandle}→${e.targetHandle}`).sort();
      expect(sides, direction).toEqual(['back→back', 'forward→forward']);
    }
  });

  it('tells React Flow where each handle is and how far from it each route ends, so routes join their boxes without measuring the page', () => {
    const cycle = aMap([aClaim('a'), aClaim('b'), aClaim('c')], [aRelation('a', 'b'), aRelation('b', 'c'), aRelation('c', 'a', { relation: 'motivates' })]);
    for (const direction of ['TB', 'LR'] as const) {
      const layout = layoutMap(cycle, { direction });
      const { nodes, edges } = mapToFlow(cycle, layout);
      const centre = (nodeId: string, type: 'source' | 'target', id: string | null | undefined) => {
        const node = nodes.find((n) => n.id === nodeId);
        const handle = node?.handles?.find((h) => h.type === type && h.id === id);
        return { x: (node?.position.x ?? NaN) + (handle?.x ?? NaN) + (handle?.width ?? 0) / 2, y: (node?.position.y ?? NaN) + (handle?.y ?? NaN) + (handle?.height ?? 0) / 2 };
      };
      for (const edge of edges) {
        const points = edge.data?.points ?? [];
        // The canvas draws a route when its ends sit at the handle plus the port offset (RelationEdge).
        const handleStart = centre(edge.source, 'source', edge.sourceHandle);
        const handleEnd = centre(edge.target, 'target', edge.targetHandle);
        const start = { x: handleStart.x + (edge.data?.ports?.source.x ?? NaN), y: handleStart.y + (edge.data?.ports?.source.y ?? NaN) };
        const end = { x: handleEnd.x + (edge.data?.ports?.target.x ?? NaN), y: handleEnd.y + (edge.data?.ports?.target.y ?? NaN) };
        expect(Math.hypot(start.x - (points[0]?.x ?? NaN), start.y - (points[0]?.y ?? NaN)), `${direction} ${edge.id} start`).toBeLessThan(1);
        expect(Math.hypot(end.x - (points.at(-1)?.x ?? NaN), end.y - (points.at(-1)?.y ?? NaN)), `${direction} ${edge.id} end`).toBeLessThan(1);
      }
    }
  });
});
