import { describe, expect, it } from 'vitest';
import { validateMap } from '../validateMap.ts';
import { aClaim, aMap, aRelation } from '../testBuilders.ts';
import { deleteClaims, duplicateClaims } from './claimEdits.ts';
import { groupRelations, ungroupRelations } from './jointEdits.ts';
import { deleteRelations, reconnectRelation, updateRelation } from './relationEdits.ts';

const claims = [aClaim('a', { label: 'Premise' }), aClaim('b'), aClaim('c'), aClaim('t', { label: 'Thesis' }), aClaim('u', { label: 'Other' })];
const map = aMap(claims, [
  aRelation('a', 't', { relation: 'supports' }),
  aRelation('b', 't', { relation: 'supports' }),
  aRelation('c', 't', { relation: 'supports' }),
  aRelation('c', 'u', { relation: 'supports' }),
  aRelation('a', 't'),
]);
const jointOf = (edited: typeof map) => Object.fromEntries(edited.edges.flatMap((edge) => (edge.joint ? [[edge.id, edge.joint]] : [])));

function grouped(ids: string[]) {
  const result = groupRelations(map, ids);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('groupRelations', () => {
  it('makes the chosen links one joint group named after their target', () => {
    const result = grouped(['a-supports-t', 'b-supports-t']);
    expect(result.joint).toBe('t-joint');
    expect(jointOf(result.map)).toEqual({ 'a-supports-t': 't-joint', 'b-supports-t': 't-joint' });
    expect(validateMap(result.map)).toEqual([]);
    expect(map.edges.some((edge) => edge.joint)).toBe(false);
  });

  it('refuses links into different nodes, links of different kinds, and fewer than two links, with the reason', () => {
    expect(groupRelations(map, ['a-supports-t', 'c-supports-u'])).toEqual({ ok: false, reason: 'Only links into one node can be joint: these lead into “Thesis” and “Other”.' });
    expect(groupRelations(map, ['a-supports-t', 'a-causes-t'])).toEqual({ ok: false, reason: 'Only links of one kind can be joint: these supports and causes.' });
    expect(groupRelations(map, ['a-supports-t'])).toEqual({ ok: false, reason: 'Select at least two links into one node to group them.' });
    expect(groupRelations(map, ['a-supports-t', 'gone'])).toEqual({ ok: false, reason: "There is no link 'gone'." });
  });

  it('takes links out of their old group into the new one, dissolving a group left with one link', () => {
    const first = grouped(['a-supports-t', 'b-supports-t']).map;
    const again = groupRelations(first, ['b-supports-t', 'c-supports-t']);
    expect(again.ok && jointOf(again.map)).toEqual({ 'b-supports-t': 't-joint-2', 'c-supports-t': 't-joint-2' });
    expect(again.ok && validateMap(again.map)).toEqual([]);
    const same = groupRelations(first, ['a-supports-t', 'b-supports-t']);
    expect(same.ok && same.map).toBe(first);
  });
});

describe('ungroupRelations', () => {
  it('makes the links separate again, and refuses when none is grouped', () => {
    const three = grouped(['a-supports-t', 'b-supports-t', 'c-supports-t']).map;
    const one = ungroupRelations(three, ['a-supports-t']);
    expect(one.ok && jointOf(one.map)).toEqual({ 'b-supports-t': 't-joint', 'c-supports-t': 't-joint' });
    const two = ungroupRelations(three, ['a-supports-t', 'b-supports-t']);
    expect(two.ok && jointOf(two.map)).toEqual({});
    expect(ungroupRelations(map, ['a-supports-t'])).toEqual({ ok: false, reason: 'None of the selected links is in a joint group.' });
  });
});

describe('other edits keep joint groups whole', () => {
  const pair = grouped(['a-supports-t', 'b-supports-t']).map;

  it('dissolves a group whose other link is deleted, or whose node is', () => {
    expect(jointOf(deleteRelations(pair, ['a-supports-t']))).toEqual({});
    expect(jointOf(deleteClaims(pair, ['b']))).toEqual({});
  });

  it('takes a link out of its group when its kind or target changes', () => {
    const kind = updateRelation(pair, 'a-supports-t', { relation: 'causes' });
    expect(kind.ok).toBe(false);
    const refutes = updateRelation(pair, 'a-supports-t', { relation: 'refutes' });
    expect(refutes.ok && jointOf(refutes.map)).toEqual({});
    const moved = reconnectRelation(pair, 'a-supports-t', { target: 'u' });
    expect(moved.ok && jointOf(moved.map)).toEqual({});
    const relabelled = updateRelation(pair, 'a-supports-t', { label: 'with b' });
    expect(relabelled.ok && jointOf(relabelled.map)).toEqual({ 'a-supports-t': 't-joint', 'b-supports-t': 't-joint' });
  });

  it('gives duplicated links of a group a group of their own', () => {
    const copied = duplicateClaims(pair, ['a', 'b', 't']);
    expect(copied.ok && validateMap(copied.map)).toEqual([]);
    const groups = copied.ok ? new Set(copied.map.edges.flatMap((edge) => (edge.joint ? [edge.joint] : []))) : new Set();
    expect(groups.size).toBe(2);
  });
});
