import { describe, expect, it } from 'vitest';
import { parseMap } from '../parseMap.ts';
import { aChain, aClaim, aMap, aRelation } from '../testBuilders.ts';
import { addClaim, deleteClaims, duplicateClaims, setStatus, updateClaim, withIdsFollowingLabels } from './claimEdits.ts';

function frozen<T>(value: T): T {
  return structuredClone(value);
}

describe('addClaim', () => {
  it('adds an unassessed claim with a slug id from its label', () => {
    const map = aChain('a', 'b');
    const before = frozen(map);
    const result = addClaim(map, { label: 'Stalin agrees in January', position: { x: 10, y: 20 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.id).toBe('stalin-agrees-in-january');
    expect(result.map.nodes.at(-1)).toEqual({
      id: 'stalin-agrees-in-january', kind: 'claim', label: 'Stalin agrees in January', status: 'unassessed', sources: [],
      position: { x: 10, y: 20 },
    });
    expect(map).toEqual(before);
    expect(parseMap(result.map).ok).toBe(true);
  });
  it('gives a second claim with the same label its own id', () => {
    const first = addClaim(aMap());
    if (!first.ok) throw new Error(first.reason);
    const second = addClaim(first.map);
    if (!second.ok) throw new Error(second.reason);
    expect([first.id, second.id]).toEqual(['new-node', 'new-node-2']);
  });
  it('refuses an empty label with a reason', () => {
    expect(addClaim(aMap(), { label: '   ' })).toEqual({ ok: false, reason: 'The label must not be empty.' });
  });
});

describe('updateClaim', () => {
  const map = aMap([aClaim('a', { text: 'long', date: '1950' })]);

  it('changes any field and keeps the id', () => {
    const result = updateClaim(map, 'a', { label: ' New label ', kind: 'event', status: 'refuted', date: '1950-06-25', text: 'more' });
    expect(result.ok && result.map.nodes[0]).toEqual({
      id: 'a', kind: 'event', label: 'New label', status: 'refuted', date: '1950-06-25', text: 'more', sources: [],
    });
    expect(map.nodes[0]?.label).toBe('Claim a');
  });
  it('removes text and date when emptied', () => {
    const result = updateClaim(map, 'a', { text: '', date: undefined });
    expect(result.ok && result.map.nodes[0]).toEqual(aClaim('a'));
  });
  it('stores a typed date in its sortable form, keeping the typed text only where the canonical words differ', () => {
    const bce = updateClaim(map, 'a', { date: '431 BCE' });
    expect(bce.ok && bce.map.nodes[0]).toMatchObject({ date: '-0430', dateText: '431 BCE' });
    const bc = bce.ok ? updateClaim(bce.map, 'a', { date: 'c. 1200 BC' }) : bce;
    expect(bc.ok && bc.map.nodes[0]?.date).toBe('-1199~');
    expect(bc.ok && 'dateText' in (bc.map.nodes[0] ?? {})).toBe(false);
    const emptied = bce.ok ? updateClaim(bce.map, 'a', { date: '' }) : bce;
    expect(emptied.ok && emptied.map.nodes[0]).toEqual(aClaim('a', { text: 'long' }));
  });
  it('refuses a date it cannot read, saying why and how to write one', () => {
    expect(updateClaim(map, 'a', { date: '0 BC' })).toEqual({
      ok: false,
      reason: 'The date must be a date like 1950, 1950-06-25, June 1950, 431 BC, c. 1200 BC, AD 14 or 1948–1950: there is no year 0: 1 BC is followed by AD 1.',
    });
  });
  it('returns the same map when nothing changes', () => {
    const result = updateClaim(map, 'a', { label: 'Claim a', status: 'unassessed' });
    expect(result.ok && result.map).toBe(map);
  });
  it('refuses invalid values with a plain sentence', () => {
    expect(updateClaim(map, 'a', { label: '' })).toEqual({ ok: false, reason: 'The label must not be empty.' });
    for (const label of ['\u200B', '\u00A0\u200B\u3000\uFEFF\u2060', '\u3164']) {
      expect(updateClaim(map, 'a', { label }), JSON.stringify(label)).toEqual({ ok: false, reason: 'The label must contain a visible character.' });
    }
    expect(updateClaim(map, 'a', { date: 'Smarch 1950' })).toEqual({
      ok: false, reason: "The date must be a date like 1950, 1950-06-25, June 1950, 431 BC, c. 1200 BC, AD 14 or 1948–1950: 'Smarch' is not a month.",
    });
    expect(updateClaim(map, 'zz', { label: 'x' })).toEqual({ ok: false, reason: "There is no node 'zz'." });
  });
});

describe('updateClaim: ids made from the label', () => {
  const added = addClaim(aMap([aClaim('stalin', { label: 'Stalin agrees' })]));
  const twice = added.ok ? addClaim(added.map) : added;
  if (!twice.ok) throw new Error('could not add');
  const linked = {
    ...twice.map,
    edges: [aRelation('new-node', 'stalin'), aRelation('stalin', 'new-node-2', { relation: 'supports' }), aRelation('new-node', 'new-node-2', { id: 'hand-made' })],
    story: [{ id: 'new-node-2', note: 'then' }, { id: 'stalin', revealMarkAt: 'new-node-2' }],
  };

  it('a new claim named gets a readable id from its label, and its links, their ids and the story follow', () => {
    const result = updateClaim(linked, 'new-node-2', { label: 'Kim asks Moscow' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.map.nodes.map((claim) => claim.id)).toEqual(['stalin', 'new-node', 'kim-asks-moscow']);
    expect(result.map.edges).toEqual([
      aRelation('new-node', 'stalin'),
      aRelation('stalin', 'kim-asks-moscow', { relation: 'supports' }),
      aRelation('new-node', 'kim-asks-moscow', { id: 'hand-made' }),
    ]);
    expect(result.map.story).toEqual([{ id: 'kim-asks-moscow', note: 'then' }, { id: 'stalin', revealMarkAt: 'kim-asks-moscow' }]);
    expect(parseMap(result.map).ok).toBe(true);
  });
  it('keeps the new id unique, and keeps ids written by hand or made from another label', () => {
    const taken = updateClaim(linked, 'new-node', { label: 'Stalin' });
    expect(taken.ok && taken.map.nodes.map((claim) => claim.id)).toEqual(['stalin', 'stalin-2', 'new-node-2']);
    const byHand = updateClaim(linked, 'stalin', { label: 'Stalin says yes' });
    expect(byHand.ok && byHand.map.nodes[0]?.id).toBe('stalin');
    const named = updateClaim(linked, 'new-node', { label: 'New node' });
    expect(named.ok && named.map).toBe(linked);
  });
  it('keeps the id while the label is typed, and gives the ids a whole typing session’s labels make at its end', () => {
    const typed = updateClaim(linked, 'new-node-2', { label: 'Kim asks' }, { idFollowsLabel: false });
    if (!typed.ok) throw new Error(typed.reason);
    const more = updateClaim(typed.map, 'new-node-2', { label: 'Kim asks Moscow' }, { idFollowsLabel: false });
    if (!more.ok) throw new Error(more.reason);
    expect(more.map.nodes.map((claim) => claim.id)).toEqual(['stalin', 'new-node', 'new-node-2']);
    const ended = withIdsFollowingLabels(linked, more.map);
    const once = updateClaim(linked, 'new-node-2', { label: 'Kim asks Moscow' });
    expect(once.ok && ended).toEqual(once.ok && once.map);
    expect(withIdsFollowingLabels(linked, linked)).toBe(linked);
    const byHand = updateClaim(linked, 'stalin', { label: 'Stalin says yes' }, { idFollowsLabel: false });
    expect(byHand.ok && withIdsFollowingLabels(linked, byHand.map)).toBe(byHand.ok && byHand.map);
  });
});

describe('deleteClaims', () => {
  it('removes the claims and every link touching them, leaving the input alone', () => {
    const map = aChain('a', 'b', 'c');
    const before = frozen(map);
    const next = deleteClaims(map, ['b']);
    expect(next.nodes.map((c) => c.id)).toEqual(['a', 'c']);
    expect(next.edges).toEqual([]);
    expect(map).toEqual(before);
  });
  it('returns the same map for unknown ids', () => {
    const map = aChain('a', 'b');
    expect(deleteClaims(map, ['x'])).toBe(map);
  });
});

describe('duplicateClaims', () => {
  it('copies claims beside the originals and the links among them', () => {
    const map = aMap([aClaim('a', { position: { x: 0, y: 0 } }), aClaim('b'), aClaim('c')], [aRelation('a', 'b'), aRelation('b', 'c')]);
    const result = duplicateClaims(map, ['a', 'b'], { positions: { b: { x: 100, y: 50 } } });
    if (!result.ok) throw new Error(result.reason);
    expect(result.ids).toEqual(['claim-a', 'claim-b']);
    expect(result.map.nodes.slice(3)).toEqual([
      { ...aClaim('claim-a'), label: 'Claim a', position: { x: 40, y: 40 } },
      { ...aClaim('claim-b'), label: 'Claim b', position: { x: 140, y: 90 } },
    ]);
    expect(result.map.edges.slice(2)).toEqual([{ ...aRelation('claim-a', 'claim-b') }]);
    expect(parseMap(result.map).ok).toBe(true);
    expect(map.nodes).toHaveLength(3);
  });
  it('refuses when nothing is selected', () => {
    expect(duplicateClaims(aMap(), [])).toEqual({ ok: false, reason: 'Select a node to duplicate.' });
  });
});

describe('setStatus', () => {
  it('sets the status of several claims and shares the untouched ones', () => {
    const map = aChain('a', 'b', 'c');
    const next = setStatus(map, ['a', 'c'], 'refuted');
    expect(next.nodes.map((c) => c.status)).toEqual(['refuted', 'unassessed', 'refuted']);
    expect(next.nodes[1]).toBe(map.nodes[1]);
    expect(map.nodes[0]?.status).toBe('unassessed');
  });
  it('returns the same map when every claim already has the status', () => {
    const map = aChain('a');
    expect(setStatus(map, ['a'], 'unassessed')).toBe(map);
  });
});
