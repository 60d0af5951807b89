import { describe, expect, it } from 'vitest';
import { layoutMap } from '../layout/layoutMap.ts';
import { setStatus } from '../model/edits/claimEdits.ts';
import { aChain } from '../model/testBuilders.ts';
import { holdLayout, positionsOf } from './holdLayout.ts';
import { mapToFlow } from './mapToFlow.ts';
import { reuseUnchanged } from './reuseUnchanged.ts';

const map = aChain('a', 'b', 'c', 'd');
const layout = layoutMap(map, {});

describe('reuseUnchanged', () => {
  it('keeps every object (and both arrays) when the map is laid out the same again', () => {
    const first = mapToFlow(map, layout);
    const again = mapToFlow(map, holdLayout(map, layout, positionsOf(layout), 'TB'));
    expect(again.nodes[0]).not.toBe(first.nodes[0]);
    expect(reuseUnchanged(first, again)).toBe(first);
  });

  it('gives new objects only to the claims and links that changed', () => {
    const first = mapToFlow(map, layout);
    const refuted = setStatus(map, ['b'], 'refuted');
    const next = reuseUnchanged(first, mapToFlow(refuted, holdLayout(refuted, layout, positionsOf(layout), 'TB')));
    expect(next.nodes.map((node, i) => node === first.nodes[i])).toEqual([true, false, true, true]);
    expect(next.nodes[1]?.data.status).toBe('refuted');
    // The links' accessible names do not mention the status, so they stay as they were.
    expect(next.edges).toBe(first.edges);
  });

  it('gives a moved claim a new object, and the links whose route changed', () => {
    const first = mapToFlow(map, layout);
    const moved = { ...layout, claims: { ...layout.claims, d: { ...(layout.claims.d as NonNullable<typeof layout.claims.d>), x: 900 } } };
    const next = reuseUnchanged(first, mapToFlow(map, holdLayout(map, moved, positionsOf(moved), 'TB')));
    expect(next.nodes.map((node, i) => node === first.nodes[i])).toEqual([true, true, true, false]);
    expect(next.edges.map((edge, i) => edge === first.edges[i])).toEqual([true, true, false]);
  });

  it('starts afresh from nothing', () => {
    const first = mapToFlow(map, layout);
    expect(reuseUnchanged({ nodes: [], edges: [] }, first)).toEqual(first);
  });
});
