import { describe, expect, it } from 'vitest';
import { serializeMap } from '../model/serializeMap.ts';
import { aChain, aClaim, aMap, aRelation } from '../model/testBuilders.ts';
import { createMapStore } from './createMapStore.ts';
import { presentOrder } from './teachingState.ts';

const chain = aChain('a', 'b', 'c', 'd');

describe('teaching actions', () => {
  it('presents step by step within 1..N, centring each step’s claim', () => {
    const store = createMapStore({ map: chain });
    const s = () => store.getState();
    s().select({ claims: ['c'], relations: [] });
    s().startPresenting();
    expect(s().selection.claims).toEqual([]);
    expect(s().presenting).toEqual({ step: 1 });
    expect(s().centre?.id).toBe('a');
    s().previousStep();
    expect(s().presenting?.step).toBe(1);
    s().nextStep();
    s().nextStep();
    expect(s().presenting?.step).toBe(3);
    expect(s().centre?.id).toBe('c');
    s().goToStep(99);
    expect(s().presenting?.step).toBe(4);
    const seq = s().centre?.seq ?? 0;
    s().goToStep(4);
    expect(s().centre?.seq).toBe(seq + 1);
    s().stopPresenting();
    expect(s().presenting).toBeNull();
  });

  it('reordering the story is one undoable edit that reaches the saved file', () => {
    const store = createMapStore({ map: chain });
    const s = () => store.getState();
    s().startPresenting(4);
    s().moveStep(3, 0);
    expect(presentOrder(s().map ?? chain)).toEqual(['d', 'a', 'b', 'c']);
    expect(serializeMap(s().map ?? chain)).toContain('"story"');
    expect(s().map).not.toBe(s().savedMap);
    s().setStepNote('d', 'Start with the outcome');
    expect(s().map?.story?.[0]).toEqual({ id: 'd', note: 'Start with the outcome' });
    s().undo();
    expect(s().map?.story?.[0]).toEqual({ id: 'd' });
    s().undo();
    expect(s().map).toBe(chain);
    s().redo();
    expect(presentOrder(s().map ?? chain)[0]).toBe('d');
    s().resetStory();
    expect(presentOrder(s().map ?? chain)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('setting where a step’s mark is revealed is one undoable edit, and clearing it goes back to the rules', () => {
    const store = createMapStore({ map: chain });
    const s = () => store.getState();
    s().setStepRevealPoint('b', 'd');
    expect(s().map?.story?.find((step) => step.id === 'b')).toEqual({ id: 'b', revealMarkAt: 'd' });
    expect(s().status?.text).toContain('from the step of');
    s().setStepRevealPoint('b', null);
    expect(s().map?.story?.find((step) => step.id === 'b')).toEqual({ id: 'b' });
    s().undo();
    expect(s().map?.story?.find((step) => step.id === 'b')?.revealMarkAt).toBe('d');
  });

  it('revealing a claim selects and centres it, and lifts the filter that hid it', () => {
    const map = aMap([aClaim('x', { kind: 'event' }), aClaim('ev', { kind: 'evidence' })], [aRelation('ev', 'x', { relation: 'supports' })]);
    const store = createMapStore({ map });
    const s = () => store.getState();
    s().toggleHiddenKind('evidence');
    s().toggleHiddenRelation('supports');
    s().revealClaim('ev');
    expect(s().selection.claims).toEqual(['ev']);
    expect(s().centre?.id).toBe('ev');
    expect(s().filter.hiddenKinds).toEqual([]);
    expect(s().filter.hiddenRelations).toEqual(['supports']);
    s().revealClaim('missing');
    expect(s().selection.claims).toEqual(['ev']);
  });

  it('focus keeps its depth within bounds, moves to a revealed claim it hid, and clears', () => {
    const store = createMapStore({ map: chain });
    const s = () => store.getState();
    s().focusOn('b');
    expect(s().filter.focus).toEqual({ id: 'b', depth: 1 });
    s().setFocusDepth(0);
    expect(s().filter.focus?.depth).toBe(1);
    s().setFocusDepth(42);
    expect(s().filter.focus?.depth).toBe(5);
    s().setFocusDepth(2);
    s().revealClaim('d');
    expect(s().filter.focus).toEqual({ id: 'b', depth: 2 });
    s().setFocusDepth(1);
    s().revealClaim('d');
    expect(s().filter.focus).toEqual({ id: 'd', depth: 1 });
    s().clearFocus();
    expect(s().filter.focus).toBeNull();
    s().focusOn('nope');
    expect(s().filter.focus).toBeNull();
  });
});
