import { describe, expect, it } from 'vitest';
import { parseMap } from '../parseMap.ts';
import { aChain, aClaim, aMap, aRelation } from '../testBuilders.ts';
import { addRelation, deleteRelations, reconnectRelation, updateRelation } from './relationEdits.ts';

const map = aMap(
  [aClaim('a', { label: 'Invasion' }), aClaim('b', { label: 'Buildup' }), aClaim('c', { label: 'NATO' })],
  [aRelation('a', 'b')],
);

describe('addRelation', () => {
  it('links two claims with `causes` by default', () => {
    const result = addRelation(map, { source: 'b', target: 'c' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.id).toBe('b-causes-c');
    expect(result.map.edges.at(-1)).toEqual({ id: 'b-causes-c', source: 'b', target: 'c', relation: 'causes' });
    expect(map.edges).toHaveLength(1);
    expect(parseMap(result.map).ok).toBe(true);
  });
  it('allows a cycle and the same pair with another relation', () => {
    const back = addRelation(map, { source: 'b', target: 'a', relation: 'motivates', label: ' spiral ' });
    expect(back.ok && back.map.edges.at(-1)).toEqual({ id: 'b-motivates-a', source: 'b', target: 'a', relation: 'motivates', label: 'spiral' });
    const other = addRelation(map, { source: 'a', target: 'b', relation: 'supports' });
    expect(other.ok).toBe(true);
  });
  it('refuses self-links, duplicates and unknown ends with a reason', () => {
    expect(addRelation(map, { source: 'a', target: 'a' })).toEqual({ ok: false, reason: 'A node cannot cause itself.' });
    expect(addRelation(map, { source: 'a', target: 'a', relation: 'refutes' })).toEqual({ ok: false, reason: 'A node cannot refute itself.' });
    expect(addRelation(map, { source: 'a', target: 'b' })).toEqual({ ok: false, reason: '“Invasion” already causes “Buildup”.' });
    expect(addRelation(map, { source: 'a', target: 'zz' })).toEqual({ ok: false, reason: "There is no node 'zz' to link." });
  });
});

describe('updateRelation', () => {
  it('changes the relation and the label', () => {
    const result = updateRelation(map, 'a-causes-b', { relation: 'refutes', label: 'no' });
    expect(result.ok && result.map.edges[0]).toEqual({ id: 'a-causes-b', source: 'a', target: 'b', relation: 'refutes', label: 'no' });
    const cleared = result.ok ? updateRelation(result.map, 'a-causes-b', { label: '' }) : result;
    expect(cleared.ok && cleared.map.edges[0]).toEqual({ id: 'a-causes-b', source: 'a', target: 'b', relation: 'refutes' });
  });
  it('returns the same map when nothing changes', () => {
    const result = updateRelation(map, 'a-causes-b', { relation: 'causes' });
    expect(result.ok && result.map).toBe(map);
  });
  it('refuses a change that would duplicate another link', () => {
    const two = aMap(map.nodes, [aRelation('a', 'b'), aRelation('a', 'b', { relation: 'supports' })]);
    expect(updateRelation(two, 'a-supports-b', { relation: 'causes' })).toEqual({ ok: false, reason: '“Invasion” already causes “Buildup”.' });
    expect(updateRelation(two, 'nope', { label: 'x' })).toEqual({ ok: false, reason: "There is no link 'nope'." });
  });
  it('refuses a label with nothing visible in it', () => {
    expect(updateRelation(map, 'a-causes-b', { label: '\u200B\u2060' })).toEqual({ ok: false, reason: 'The label must contain a visible character.' });
    expect(addRelation(map, { source: 'b', target: 'c', label: '\u200B' })).toEqual({ ok: false, reason: 'The label must contain a visible character.' });
  });
});

describe('reconnectRelation', () => {
  it('moves either end and keeps the id', () => {
    const target = reconnectRelation(map, 'a-causes-b', { target: 'c' });
    expect(target.ok && target.map.edges[0]).toEqual({ id: 'a-causes-b', source: 'a', target: 'c', relation: 'causes' });
    const source = reconnectRelation(map, 'a-causes-b', { source: 'c' });
    expect(source.ok && source.map.edges[0]).toEqual({ id: 'a-causes-b', source: 'c', target: 'b', relation: 'causes' });
    expect(map.edges[0]?.target).toBe('b');
  });
  it('refuses a self-link and a duplicate', () => {
    expect(reconnectRelation(map, 'a-causes-b', { target: 'a' })).toEqual({ ok: false, reason: 'A node cannot cause itself.' });
    const chain = aChain('a', 'b', 'c');
    expect(reconnectRelation(chain, 'b-causes-c', { source: 'a', target: 'b' }).ok).toBe(false);
  });
});

describe('deleteRelations', () => {
  it('removes the links and keeps the claims', () => {
    const chain = aChain('a', 'b', 'c');
    const next = deleteRelations(chain, ['a-causes-b']);
    expect(next.edges.map((e) => e.id)).toEqual(['b-causes-c']);
    expect(next.nodes).toBe(chain.nodes);
    expect(deleteRelations(chain, ['x'])).toBe(chain);
  });
});
