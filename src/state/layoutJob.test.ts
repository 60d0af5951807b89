import { describe, expect, it } from 'vitest';
import { layoutMap } from '../layout/layoutMap.ts';
import { parseMap } from '../model/parseMap.ts';
import { serializeMap } from '../model/serializeMap.ts';
import { aChain } from '../model/testBuilders.ts';
import { createMapStore, type MapStore } from './createMapStore.ts';

/** The worker's answer, computed here with the same pure function the worker runs. */
function answer(store: MapStore) {
  const job = store.getState().layoutJob;
  if (!job) throw new Error('no layout job is pending');
  return { id: job.id, layout: layoutMap(job.map, { direction: job.direction }) };
}

const BIG = aChain('a', 'b', 'c', 'd');

describe('layout jobs for big maps', () => {
  it('lays a map at or below the bound out at once, with no job', () => {
    const state = createMapStore({ map: aChain('a', 'b'), asyncLayoutAbove: 2 }).getState();
    expect(state.layoutJob).toBeNull();
    expect(Object.keys(state.layout?.claims ?? {})).toEqual(['a', 'b']);
  });

  it('opens a bigger map at once and asks for its layout; the answer is drawn and fitted', () => {
    const store = createMapStore({ asyncLayoutAbove: 2 });
    store.getState().openMap(BIG, { kind: 'file', fileName: 'big.json' });
    const waiting = store.getState();
    expect(waiting.map).toBe(BIG);
    expect(waiting.layout).toBeNull();
    expect(waiting.layoutJob).toMatchObject({ map: BIG, direction: 'TB', step: null });
    expect(waiting.status?.text).toBe('Opened “Test map” from big.json');

    const { id, layout } = answer(store);
    store.getState().layoutProgress(id, { name: 'ordering', share: 0.4 });
    expect(store.getState().layoutJob?.step).toEqual({ name: 'ordering', share: 0.4 });
    store.getState().applyLayout(id, layout);
    const shown = store.getState();
    expect(shown.layoutJob).toBeNull();
    expect(shown.layout).toBe(layout);
    expect(shown.viewKey).toBe(waiting.viewKey + 1);
    expect(shown.held.c).toEqual({ x: layout.claims.c?.x, y: layout.claims.c?.y });
  });

  it('ignores progress and answers for a request that a newer one replaced', () => {
    const store = createMapStore({ asyncLayoutAbove: 2 });
    store.getState().openMap(BIG, { kind: 'file', fileName: 'big.json' });
    const first = answer(store);
    store.getState().openMap(aChain('x', 'y', 'z'), { kind: 'file', fileName: 'other.json' });
    const second = store.getState().layoutJob;
    expect(second?.id).not.toBe(first.id);

    store.getState().layoutProgress(first.id, { name: 'routing', share: 0.9 });
    store.getState().applyLayout(first.id, first.layout);
    expect(store.getState().layoutJob).toBe(second);
    expect(store.getState().layout).toBeNull();

    const latest = answer(store);
    store.getState().applyLayout(latest.id, latest.layout);
    expect(Object.keys(store.getState().layout?.claims ?? {})).toEqual(['x', 'y', 'z']);
  });

  it('opening a small map drops a pending job, so its late answer cannot replace the small map', () => {
    const store = createMapStore({ asyncLayoutAbove: 2 });
    store.getState().openMap(BIG, { kind: 'file', fileName: 'big.json' });
    const late = answer(store);
    store.getState().openMap(aChain('p', 'q'), { kind: 'file', fileName: 'small.json' });
    expect(store.getState().layoutJob).toBeNull();
    store.getState().applyLayout(late.id, late.layout);
    expect(Object.keys(store.getState().layout?.claims ?? {})).toEqual(['p', 'q']);
  });

  it('keeps edits made while the layout is computed, and undo still steps through them', () => {
    const store = createMapStore({ asyncLayoutAbove: 2 });
    store.getState().openMap(BIG, { kind: 'file', fileName: 'big.json' });
    const pending = answer(store);
    store.getState().updateClaim('b', { label: 'A much longer label for b that wraps onto several lines of the box' });
    store.getState().connect('d', 'a');
    expect(store.getState().layout).toBeNull();
    expect(store.getState().layoutJob?.id).toBe(pending.id);

    store.getState().applyLayout(pending.id, pending.layout);
    const shown = store.getState();
    expect(shown.map?.nodes.find((claim) => claim.id === 'b')?.label).toMatch(/^A much longer label/);
    expect(shown.map?.edges).toHaveLength(BIG.edges.length + 1);
    expect(Object.keys(shown.layout?.relations ?? {})).toHaveLength(BIG.edges.length + 1);
    expect(shown.layout?.claims.a).toMatchObject({ x: pending.layout.claims.a?.x, y: pending.layout.claims.a?.y });
    expect(shown.layout?.claims.b?.height).toBeGreaterThan(pending.layout.claims.b?.height ?? Infinity);

    store.getState().undo();
    store.getState().undo();
    expect(store.getState().map).toEqual(BIG);
    expect(store.getState().layout?.claims.a).toMatchObject({ x: pending.layout.claims.a?.x, y: pending.layout.claims.a?.y });
  });

  it('places a claim added while the layout is computed beside its neighbour once the answer comes', () => {
    const store = createMapStore({ asyncLayoutAbove: 2 });
    store.getState().openMap(BIG, { kind: 'file', fileName: 'big.json' });
    const pending = answer(store);
    store.getState().addClaim({ label: 'Added while waiting' });
    const added = store.getState().map?.nodes.at(-1)?.id ?? '';
    store.getState().connect('d', added);
    store.getState().applyLayout(pending.id, pending.layout);
    const { layout } = store.getState();
    const d = layout?.claims.d;
    expect(layout?.claims[added]?.y).toBeGreaterThan((d?.y ?? Infinity) + (d?.height ?? 0));
    expect(store.getState().held[added]).toEqual({ x: layout?.claims[added]?.x, y: layout?.claims[added]?.y });
  });

  it('turns a laid-out big map by a job: the old drawing stays until the answer, and a second turn makes the first answer stale', () => {
    const store = createMapStore({ map: BIG, asyncLayoutAbove: 2 });
    const opened = answer(store);
    store.getState().applyLayout(opened.id, opened.layout);

    store.getState().toggleDirection();
    expect(store.getState().status?.text).toBe('Laying out left to right');
    const toLeftRight = answer(store);
    expect(toLeftRight.layout.direction).toBe('LR');
    expect(store.getState().layout?.claims.a).toMatchObject({ x: opened.layout.claims.a?.x, y: opened.layout.claims.a?.y });
    store.getState().undo();
    expect(store.getState().direction).toBe('TB');
    const backToTopBottom = answer(store);

    store.getState().applyLayout(toLeftRight.id, toLeftRight.layout);
    expect(store.getState().layout?.direction).toBe('TB');
    store.getState().applyLayout(backToTopBottom.id, backToTopBottom.layout);
    expect(store.getState().layout).toEqual(opened.layout);
    expect(store.getState().layoutJob).toBeNull();
  });

  it('a big map replaced whole waits for its own layout rather than showing the old one', () => {
    const store = createMapStore({ map: BIG, asyncLayoutAbove: 2 });
    const opened = answer(store);
    store.getState().applyLayout(opened.id, opened.layout);
    store.getState().replaceMap(aChain('p', 'q', 'r'));
    expect(store.getState().layout).toBeNull();
    const replaced = answer(store);
    store.getState().applyLayout(replaced.id, replaced.layout);
    expect(Object.keys(store.getState().layout?.claims ?? {})).toEqual(['p', 'q', 'r']);
  });

  it('auto layout of a big map is a job too', () => {
    const store = createMapStore({ map: BIG, asyncLayoutAbove: 2 });
    const opened = answer(store);
    store.getState().applyLayout(opened.id, opened.layout);
    store.getState().autoLayout();
    expect(store.getState().layoutJob?.map).toBe(BIG);
  });

  it('shows why a layout failed and forgets the job', () => {
    const store = createMapStore({ asyncLayoutAbove: 2 });
    store.getState().openMap(BIG, { kind: 'file', fileName: 'big.json' });
    const { id } = answer(store);
    store.getState().layoutFailed(id + 1, 'not this one');
    expect(store.getState().loadProblems).toBeNull();
    store.getState().layoutFailed(id, 'the worker stopped');
    expect(store.getState().layoutJob).toBeNull();
    expect(store.getState().loadProblems).toEqual({
      title: 'big.json could not be laid out',
      problems: [{ path: [], message: 'the map could not be laid out: the worker stopped' }],
    });
  });

  it('opens a big file read by parseMap elsewhere (the worker) exactly as openText opens its text, valid or not', () => {
    const origin = { kind: 'server', name: 'big', version: 'v1' } as const;
    const valid = serializeMap(BIG);
    const broken = valid.replace('"target": "d"', '"target": "nowhere"');
    for (const text of [valid, broken]) {
      const read = createMapStore({ asyncLayoutAbove: 2 });
      const handed = createMapStore({ asyncLayoutAbove: 2 });
      read.getState().openText(text, origin);
      handed.getState().openParsed(parseMap(text), origin);
      const { map, layoutJob, loadProblems, status } = read.getState();
      expect(loadProblems === null).toBe(text === valid);
      expect(handed.getState()).toMatchObject({ map, layoutJob, loadProblems, status });
    }
  });
});
