import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../model/schema.ts';
import { aChain, aClaim, aMap, aRelation } from '../model/testBuilders.ts';
import { createMapStore, type MapStore } from './createMapStore.ts';
import { canRedoEdit, canUndoEdit, isDirty } from './editState.ts';

const server = { kind: 'server' as const, name: 'test', version: '"v1"' };

function storeWith(map: ArgumentMap = aChain('a', 'b', 'c')): MapStore {
  return createMapStore({ map, origin: server });
}

/** The pairs of boxes that overlap, by id. */
function overlapping(boxes: readonly { id: string; x: number; y: number; width: number; height: number }[]): string[] {
  return boxes.flatMap((a, i) =>
    boxes.slice(i + 1).flatMap((b) => (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height ? [`${a.id}/${b.id}`] : [])),
  );
}

/** Runs an action, checks it changed the map, then that undo restores the very map before and redo the one after. */
function expectUndoable(store: MapStore, act: () => void): ArgumentMap {
  const before = store.getState().map;
  act();
  const after = store.getState().map;
  expect(after).not.toBe(before);
  expect(canUndoEdit(store.getState())).toBe(true);
  store.getState().undo();
  expect(store.getState().map).toBe(before);
  store.getState().redo();
  expect(store.getState().map).toBe(after);
  return after as ArgumentMap;
}

describe('edit actions', () => {
  it('starts a session with nothing to undo, nothing selected and nothing unsaved', () => {
    const state = storeWith().getState();
    expect(canUndoEdit(state)).toBe(false);
    expect(canRedoEdit(state)).toBe(false);
    expect(state.selection).toEqual({ claims: [], relations: [] });
    expect(isDirty(state)).toBe(false);
    expect(state.baseVersion).toBe('"v1"');
  });

  it('adds a claim at a point, selects it, opens its label, and undoes it', () => {
    const store = storeWith();
    const positions = { ...store.getState().layout?.claims };
    const after = expectUndoable(store, () => store.getState().addClaim({ at: { x: 1000, y: 1000 } }));
    expect(after.nodes.at(-1)).toMatchObject({ id: 'new-node', label: 'New node', status: 'unassessed' });
    expect(after.nodes.at(-1)?.position).toBeUndefined();
    const state = store.getState();
    const box = state.layout?.claims['new-node'];
    expect(box && box.x + box.width / 2).toBeCloseTo(1000, -1);
    for (const id of ['a', 'b', 'c']) expect(state.layout?.claims[id]).toEqual(positions[id]);
    expect(isDirty(state)).toBe(true);
  });

  it('adds a claim asked for on top of another next to it instead, overlapping nothing', () => {
    const store = storeWith();
    const b = store.getState().layout?.claims.b;
    const at = { x: (b?.x ?? 0) + (b?.width ?? 0) / 2, y: (b?.y ?? 0) + (b?.height ?? 0) / 2 };
    store.getState().addClaim({ at });
    const boxes = store.getState().layout?.claims ?? {};
    expect(overlapping(Object.values(boxes))).toEqual([]);
    const added = boxes['new-node'];
    // The nearest free place: no further from the asked-for point than one box and a gap, in either direction.
    expect(Math.abs((added?.x ?? 0) + (added?.width ?? 0) / 2 - at.x)).toBeLessThanOrEqual((added?.width ?? 0) + 24);
    expect(Math.abs((added?.y ?? 0) + (added?.height ?? 0) / 2 - at.y)).toBeLessThanOrEqual((added?.height ?? 0) + 24);
  });

  it('takes a new claim back when its first naming is cancelled, and keeps it once it has a name', () => {
    const store = storeWith();
    store.getState().addClaim({ at: { x: 1000, y: 1000 } });
    store.getState().cancelLabelEdit();
    expect(store.getState().map?.nodes.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(store.getState().editingLabel).toBeNull();
    store.getState().addClaim({ at: { x: 1000, y: 1000 } });
    store.getState().commitLabel('new-node', 'Named');
    store.getState().startLabelEdit('new-node');
    store.getState().cancelLabelEdit();
    expect(store.getState().map?.nodes.find((c) => c.id === 'new-node')?.label).toBe('Named');
    // Kept under its suggested name (Enter at once changes no label, so adding it is still the last edit).
    store.getState().addClaim({ at: { x: 2000, y: 1000 } });
    store.getState().commitLabel('new-node-2', 'New node');
    store.getState().startLabelEdit('new-node-2');
    store.getState().cancelLabelEdit();
    expect(store.getState().map?.nodes.map((c) => c.id)).toContain('new-node-2');
  });

  it('adds a claim beside the selected one and starts editing its label', () => {
    const store = storeWith();
    store.getState().select({ claims: ['c'], relations: [] });
    store.getState().addClaim();
    const state = store.getState();
    expect(state.editingLabel).toBe('new-node');
    expect(state.selection.claims).toEqual(['new-node']);
    const c = state.layout?.claims.c;
    expect(state.layout?.claims['new-node']?.y).toBeGreaterThan((c?.y ?? 0) + (c?.height ?? 0));
  });

  it('commits an inline label, refuses an empty one, and cancels', () => {
    const store = storeWith();
    store.getState().startLabelEdit('a');
    expect(store.getState().editingLabel).toBe('a');
    store.getState().commitLabel('a', '');
    expect(store.getState().refusal?.text).toBe('The label must not be empty.');
    expect(store.getState().editingLabel).toBe('a');
    const after = expectUndoable(store, () => store.getState().commitLabel('a', 'Renamed'));
    expect(after.nodes[0]?.label).toBe('Renamed');
    expect(store.getState().editingLabel).toBeNull();
    store.getState().startLabelEdit('b');
    store.getState().cancelLabelEdit();
    expect(store.getState().editingLabel).toBeNull();
  });

  it('updates any claim field and its sources, each undoable', () => {
    const store = storeWith();
    const fields = expectUndoable(store, () =>
      store.getState().updateClaim('b', { text: 'Longer', kind: 'evidence', status: 'contested', date: '1950-06' }),
    );
    expect(fields.nodes[1]).toMatchObject({ text: 'Longer', kind: 'evidence', status: 'contested', date: '1950-06' });
    const added = expectUndoable(store, () => store.getState().addSource('b', { citation: 'Wells 2009', quote: 'q' }));
    expect(added.nodes[1]?.sources).toEqual([{ citation: 'Wells 2009', quote: 'q' }]);
    const edited = expectUndoable(store, () => store.getState().updateSource('b', 0, { quote: 'better', locator: 'p. 4' }));
    expect(edited.nodes[1]?.sources).toEqual([{ citation: 'Wells 2009', quote: 'better', locator: 'p. 4' }]);
    const removed = expectUndoable(store, () => store.getState().removeSource('b', 0));
    expect(removed.nodes[1]?.sources).toEqual([]);
    store.getState().updateClaim('b', { date: 'soon' });
    expect(store.getState().refusal?.text).toMatch(/^The date must be/);
    expect(store.getState().map).toBe(removed);
  });

  it('deletes the selection with its links, undoably', () => {
    const store = storeWith();
    store.getState().select({ claims: ['b'], relations: [] });
    const after = expectUndoable(store, () => store.getState().deleteSelection());
    expect(after.nodes.map((c) => c.id)).toEqual(['a', 'c']);
    expect(after.edges).toEqual([]);
    expect(store.getState().selection).toEqual({ claims: [], relations: [] });
    expect(store.getState().status?.text).toBe('Redone');
    store.getState().undo();
    expect(store.getState().status?.text).toBe('Undone');
    expect(store.getState().layout?.claims.b).toBeDefined();
    store.getState().select({ claims: [], relations: ['a-causes-b'] });
    store.getState().deleteSelection();
    expect(store.getState().status?.text).toBe('Deleted 1 link (Ctrl+Z brings it back)');
    const fresh = storeWith();
    fresh.getState().select({ claims: ['b'], relations: [] });
    fresh.getState().deleteSelection();
    expect(fresh.getState().status?.text).toBe('Deleted 1 node and 2 links (Ctrl+Z brings it back)');
    fresh.getState().redo();
    expect(fresh.getState().status?.text).toBe('Deleted 1 node and 2 links (Ctrl+Z brings it back)');
  });

  it('deletes claims and links by id', () => {
    const store = storeWith();
    expect(expectUndoable(store, () => store.getState().deleteRelations(['a-causes-b'])).edges.map((e) => e.id)).toEqual(['b-causes-c']);
    expect(expectUndoable(store, () => store.getState().deleteClaims(['c'])).nodes.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('duplicates the selection beside it and selects the copies', () => {
    const store = storeWith();
    store.getState().select({ claims: ['a', 'b'], relations: [] });
    store.getState().duplicateSelection();
    const state = store.getState();
    expect(state.selection.claims).toEqual(['claim-a', 'claim-b']);
    const boxes = state.layout?.claims ?? {};
    expect(overlapping(Object.values(boxes))).toEqual([]);
    // The copies keep the originals' arrangement, moved sideways only (the map runs top to bottom).
    const shift = (boxes['claim-a']?.x ?? 0) - (boxes.a?.x ?? 0);
    expect(shift).not.toBe(0);
    expect(boxes['claim-b']?.x).toBe((boxes.b?.x ?? 0) + shift);
    expect([boxes['claim-a']?.y, boxes['claim-b']?.y]).toEqual([boxes.a?.y, boxes.b?.y]);
    store.getState().undo();
    expect(store.getState().selection.claims).toEqual([]);
    const after = expectUndoable(store, () => store.getState().redo());
    expect(after.nodes.map((c) => c.id)).toEqual(['a', 'b', 'c', 'claim-a', 'claim-b']);
    expect(after.edges.map((e) => e.id)).toContain('claim-a-causes-claim-b');
  });

  it('sets the status of every selected claim as one step', () => {
    const store = storeWith();
    store.getState().select({ claims: ['a', 'c'], relations: [] });
    const after = expectUndoable(store, () => store.getState().setStatusOfSelection('refuted'));
    expect(after.nodes.map((c) => c.status)).toEqual(['refuted', 'unassessed', 'refuted']);
    expect(store.getState().history?.past).toHaveLength(1);
  });

  it('connects two claims with causes, and refuses self-links and duplicates with a reason', () => {
    const store = storeWith();
    store.getState().connect('a', 'c');
    expect(store.getState().selection.relations).toEqual(['a-causes-c']);
    store.getState().undo();
    const after = expectUndoable(store, () => store.getState().redo());
    expect(after.edges.at(-1)).toEqual({ id: 'a-causes-c', source: 'a', target: 'c', relation: 'causes' });
    store.getState().connect('a', 'a');
    expect(store.getState().refusal?.text).toBe('A node cannot cause itself.');
    store.getState().connect('a', 'b');
    expect(store.getState().refusal?.text).toBe('“Claim a” already causes “Claim b”.');
    expect(store.getState().map).toBe(after);
    store.getState().dismissRefusal();
    expect(store.getState().refusal).toBeNull();
  });

  it('changes a link and reconnects either end, undoably', () => {
    const store = storeWith();
    const changed = expectUndoable(store, () => store.getState().updateRelation('a-causes-b', { relation: 'refutes', label: 'no' }));
    expect(changed.edges[0]).toMatchObject({ relation: 'refutes', label: 'no' });
    const moved = expectUndoable(store, () => store.getState().reconnect('a-causes-b', { target: 'c' }));
    expect(moved.edges[0]).toMatchObject({ source: 'a', target: 'c' });
    const source = expectUndoable(store, () => store.getState().reconnect('b-causes-c', { source: 'a', target: 'b' }));
    expect(source.edges[1]).toMatchObject({ source: 'a', target: 'b' });
    store.getState().reconnect('a-causes-b', { target: 'a' });
    expect(store.getState().refusal?.text).toBe('A node cannot refute itself.');
  });

  it('turns a whole drag into one pin step; undo and unpin put the claim back in its laid-out place', () => {
    const store = storeWith();
    const laid = store.getState().layout;
    for (let x = 0; x < 10; x++) store.getState().dragTo({ a: { x: 500 + x, y: 20 } });
    expect(store.getState().dragging).toEqual({ a: { x: 509, y: 20 } });
    expect(store.getState().history?.past).toHaveLength(0);
    const pinned = expectUndoable(store, () => store.getState().endDrag({ a: { x: 510, y: 20 } }));
    expect(pinned.nodes[0]?.position).toEqual({ x: 510, y: 20 });
    expect(store.getState().dragging).toBeNull();
    expect(store.getState().history?.past).toHaveLength(1);
    expect(store.getState().layout?.claims.a).toMatchObject({ x: 510, y: 20 });
    const unpinned = expectUndoable(store, () => store.getState().unpin(['a']));
    expect(unpinned.nodes[0]?.position).toBeUndefined();
    expect(store.getState().layout?.claims.a).toEqual(laid?.claims.a);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().layout?.claims.a).toEqual(laid?.claims.a);
  });

  it('auto layout re-lays unpinned claims without a step', () => {
    const store = storeWith();
    const laid = store.getState().layout;
    store.getState().endDrag({ b: { x: 900, y: 900 } });
    store.getState().unpin(['b']);
    const past = store.getState().history?.past.length;
    store.getState().autoLayout();
    expect(store.getState().layout?.claims.b).toEqual(laid?.claims.b);
    expect(store.getState().history?.past.length).toBe(past);
  });

  it('changes the direction as an undoable edit that re-lays the map', () => {
    const store = storeWith();
    const after = expectUndoable(store, () => store.getState().toggleDirection());
    expect(after.layout).toEqual({ direction: 'LR' });
    expect(store.getState().direction).toBe('LR');
    store.getState().undo();
    expect(store.getState().direction).toBe('TB');
    expect(store.getState().layout?.direction).toBe('TB');
  });

  it('opens the Link to… dialog only for one selected claim, and closes it', () => {
    const store = storeWith();
    store.getState().openLinkTo();
    expect(store.getState().linkToOpen).toBe(false);
    store.getState().select({ claims: ['a'], relations: [] });
    store.getState().openLinkTo();
    expect(store.getState().linkToOpen).toBe(true);
    store.getState().closeLinkTo();
    expect(store.getState().linkToOpen).toBe(false);
    expect(canUndoEdit(store.getState())).toBe(false);
  });

  it('never makes selection a step, and selects everything', () => {
    const store = storeWith();
    store.getState().selectAll();
    expect(store.getState().selection).toEqual({ claims: ['a', 'b', 'c'], relations: ['a-causes-b', 'b-causes-c'] });
    expect(canUndoEdit(store.getState())).toBe(false);
  });

  it('starts a new history when another map is opened', () => {
    const store = storeWith();
    store.getState().connect('a', 'c');
    store.getState().openMap(aMap([aClaim('x')]), { kind: 'file', fileName: 'x.json' });
    const state = store.getState();
    expect(canUndoEdit(state)).toBe(false);
    expect(isDirty(state)).toBe(false);
    expect(state.baseVersion).toBeNull();
  });

  it('restores a working copy as one step, and keeps or discards it', () => {
    const store = storeWith();
    const file = store.getState().map as ArgumentMap;
    const copy = aMap([...file.nodes, aClaim('d')], [...file.edges, aRelation('c', 'd')]);
    store.getState().restoreWorkingCopy({ map: copy, baseVersion: '"v0"', savedAt: '2026-01-01T00:00:00.000Z' });
    let state = store.getState();
    expect(state.map).toBe(copy);
    expect(state.restored).toEqual({ savedAt: '2026-01-01T00:00:00.000Z', fileChanged: true });
    expect(state.baseVersion).toBe('"v0"');
    expect(isDirty(state)).toBe(true);
    store.getState().discardRestored();
    state = store.getState();
    expect(state.map).toBe(file);
    expect(state.restored).toBeNull();
    expect(state.baseVersion).toBe('"v1"');
    expect(isDirty(state)).toBe(false);
    store.getState().undo();
    expect(store.getState().map).toBe(copy);
    store.getState().keepRestored();
    expect(store.getState().restored).toBeNull();
  });

  it('records saving, conflicts and failures, and a save clears the dirty mark', () => {
    const store = storeWith();
    store.getState().connect('a', 'c');
    const edited = store.getState().map as ArgumentMap;
    store.getState().startSave();
    expect(store.getState().save).toEqual({ kind: 'saving' });
    store.getState().showSaveConflict('"v2"', 'changed on disk');
    expect(store.getState().save).toEqual({ kind: 'conflict', currentVersion: '"v2"', message: 'changed on disk' });
    store.getState().markSaved(edited, '"v3"');
    const state = store.getState();
    expect(isDirty(state)).toBe(false);
    expect(state.baseVersion).toBe('"v3"');
    expect(state.origin).toEqual({ ...server, version: '"v3"' });
    store.getState().showSaveFailure('nope');
    expect(store.getState().save).toEqual({ kind: 'failed', message: 'nope', problems: [] });
    store.getState().dismissSaveProblem();
    expect(store.getState().save).toEqual({ kind: 'idle' });
    store.getState().undo();
    expect(isDirty(store.getState())).toBe(true);
  });

  it('records the working copy problem once', () => {
    const store = storeWith();
    store.getState().setWorkingCopyProblem('Your browser is not keeping a working copy: full.');
    expect(store.getState().workingCopyProblem).toMatch(/^Your browser/);
    store.getState().setWorkingCopyProblem(null);
    expect(store.getState().workingCopyProblem).toBeNull();
  });
});

describe('typing in a field', () => {
  it('puts every pause into the map and makes all of it one undo step', () => {
    const store = storeWith();
    const before = store.getState().map;
    store.getState().setTyping(true);
    expect(store.getState().typing).toBe(true);
    store.getState().updateClaim('a', { label: 'Fir' });
    store.getState().setTyping(false);
    store.getState().setTyping(true);
    store.getState().updateClaim('a', { label: 'First words' });
    store.getState().setTyping(false);
    store.getState().endTyping(true);
    expect(store.getState().map?.nodes[0]?.label).toBe('First words');
    expect(isDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(store.getState().map).toBe(before);
    expect(canUndoEdit(store.getState())).toBe(false);
  });

  it('goes back to the map before typing when the field puts its value back, with nothing left unsaved', () => {
    const store = storeWith();
    const before = store.getState().map;
    store.getState().setTyping(true);
    store.getState().updateClaim('a', { label: 'Typed' });
    store.getState().endTyping(false);
    expect(store.getState().map).toBe(before);
    expect(store.getState().map?.nodes[0]?.label).not.toBe('Typed');
    expect(store.getState().typing).toBe(false);
    expect(isDirty(store.getState())).toBe(false);
    expect(canUndoEdit(store.getState())).toBe(false);
  });

  it('stays typing after the field is left with a text the map refused', () => {
    const store = storeWith();
    store.getState().setTyping(true);
    store.getState().updateClaim('a', { date: '1950-1' });
    expect(store.getState().refusal).not.toBeNull();
    store.getState().endTyping(true);
    expect(store.getState().typing).toBe(true);
    expect(canUndoEdit(store.getState())).toBe(false);
  });
});
