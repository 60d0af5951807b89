import { describe, expect, it } from 'vitest';
import { layoutMap } from '../layout/layoutMap.ts';
import { serializeMap } from '../model/serializeMap.ts';
import { aChain, aClaim, aMap, aRelation } from '../model/testBuilders.ts';
import { createMapStore } from './createMapStore.ts';

const server = (name: string) => ({ kind: 'server' as const, name, version: '"v1"' });

describe('createMapStore', () => {
  it('starts empty, or with the given map laid out top to bottom', () => {
    expect(createMapStore().getState().map).toBeNull();
    const state = createMapStore({ map: aChain('a', 'b') }).getState();
    expect(state.direction).toBe('TB');
    expect(Object.keys(state.layout?.claims ?? {})).toEqual(['a', 'b']);
    expect(state.viewKey).toBe(1);
  });

  it('opens valid file text: map, origin, layout and a status message', () => {
    const store = createMapStore();
    const map = aChain('x', 'y', 'z');
    store.getState().openText(serializeMap(map), server('three'));
    const state = store.getState();
    expect(state.map?.nodes.map((c) => c.id)).toEqual(['x', 'y', 'z']);
    expect(state.origin).toEqual(server('three'));
    expect(Object.keys(state.layout?.relations ?? {})).toEqual(map.edges.map((r) => r.id));
    expect(state.status?.text).toContain('maps/three.json');
    expect(state.loadProblems).toBeNull();
  });

  it('keeps the map on screen and lists the problems when the text is invalid', () => {
    const store = createMapStore({ map: aChain('a', 'b') });
    const before = store.getState();
    const broken = aMap([aClaim('a')], [aRelation('a', 'nato2')]);
    store.getState().openText(JSON.stringify(broken), { kind: 'file', fileName: 'broken.json' });
    const after = store.getState();
    expect(after.map).toBe(before.map);
    expect(after.layout).toBe(before.layout);
    expect(after.viewKey).toBe(before.viewKey);
    expect(after.loadProblems?.title).toBe('broken.json has 1 problem and was not opened');
    expect(after.loadProblems?.problems).toEqual([{ path: ['edges', 0, 'target'], message: "'nato2' names no node" }]);
    store.getState().dismissProblems();
    expect(store.getState().loadProblems).toBeNull();
  });

  it('reports text that is not JSON instead of throwing', () => {
    const store = createMapStore();
    store.getState().openText('{ "format": ', { kind: 'file', fileName: 'cut.json' });
    expect(store.getState().loadProblems?.problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('opens a map in the direction its file asks for', () => {
    const store = createMapStore();
    store.getState().openMap({ ...aChain('a', 'b'), layout: { direction: 'LR' } }, server('across'));
    expect(store.getState().direction).toBe('LR');
    expect(store.getState().layout?.direction).toBe('LR');
  });

  it('re-lays the map when the direction toggles, and asks the canvas to fit it again', () => {
    const store = createMapStore({ map: aChain('a', 'b', 'c') });
    const before = store.getState();
    store.getState().toggleDirection();
    const after = store.getState();
    expect(after.direction).toBe('LR');
    expect(after.layout?.direction).toBe('LR');
    expect(after.layout?.claims.b?.x).not.toBe(before.layout?.claims.b?.x);
    expect(after.viewKey).toBe(before.viewKey + 1);
    expect(after.map?.layout?.direction).toBe('LR');
  });

  it('replaces the map through one path that re-lays it without refitting the view', () => {
    const store = createMapStore({ map: aChain('a', 'b') });
    const before = store.getState();
    const next = aChain('a', 'b', 'c');
    store.getState().replaceMap(next);
    const after = store.getState();
    expect(after.map).toBe(next);
    expect(Object.keys(after.layout?.claims ?? {})).toEqual(['a', 'b', 'c']);
    expect(after.viewKey).toBe(before.viewKey);
    expect(after.origin).toBe(before.origin);
  });

  it('re-announces the same words with a new id', () => {
    const store = createMapStore();
    store.getState().announce('Saved');
    const first = store.getState().status;
    store.getState().announce('Saved');
    expect(store.getState().status?.text).toBe('Saved');
    expect(store.getState().status?.id).not.toBe(first?.id);
  });

  it('opens a map read elsewhere with the layout computed there, when it is in the direction the map opens in', () => {
    const map = { ...aChain('a', 'b'), layout: { direction: 'LR' as const } };
    const ahead = layoutMap(map, { direction: 'LR', fresh: true });
    const store = createMapStore();
    store.getState().openParsed({ ok: true, map }, server('two'), { direction: 'LR', layout: ahead });
    expect(store.getState().layout).toBe(ahead);
    expect(store.getState().direction).toBe('LR');
    expect(store.getState().viewKey).toBe(1);
    expect(store.getState().status?.text).toContain('maps/two.json');
    const other = createMapStore();
    other.getState().openParsed({ ok: true, map }, server('two'), { direction: 'TB', layout: layoutMap(map, { direction: 'TB' }) });
    expect(other.getState().layout).toEqual(ahead);
    expect(other.getState().layout?.direction).toBe('LR');
  });
});
