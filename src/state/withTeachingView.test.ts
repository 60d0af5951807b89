import { describe, expect, it } from 'vitest';
import { layoutMap } from '../layout/layoutMap.ts';
import { aClaim, aMap, aRelation } from '../model/testBuilders.ts';
import { NO_FILTER } from '../model/viewFilter.ts';
import { mapToFlow } from './mapToFlow.ts';
import { presentOrder } from './teachingState.ts';
import { CURRENT_STEP_CLASS, teachingViewOf, withTeachingView } from './withTeachingView.ts';

const map = aMap(
  [aClaim('a', { kind: 'event' }), aClaim('b', { kind: 'event' }), aClaim('ev', { kind: 'evidence' })],
  [aRelation('a', 'b'), aRelation('ev', 'b', { relation: 'supports' })],
);
const flow = mapToFlow(map, layoutMap(map, { direction: 'TB' }));
const hiddenIds = (items: readonly { id: string; hidden?: boolean }[]) => items.filter((x) => x.hidden).map((x) => x.id).sort();

describe('withTeachingView', () => {
  it('leaves the elements untouched with no presentation and no filter', () => {
    expect(teachingViewOf(map, { presenting: null, filter: NO_FILTER })).toBeNull();
    expect(withTeachingView(flow, null)).toBe(flow);
  });

  it('presenting hides the later steps and marks the current claim and its links', () => {
    expect(presentOrder(map)).toEqual(['a', 'ev', 'b']);
    const second = withTeachingView(flow, teachingViewOf(map, { presenting: { step: 2 }, filter: NO_FILTER }));
    expect(hiddenIds(second.nodes)).toEqual(['b']);
    expect(hiddenIds(second.edges)).toEqual(['a-causes-b', 'ev-supports-b']);
    expect(second.nodes.find((n) => n.id === 'ev')?.className).toBe(CURRENT_STEP_CLASS);
    expect(second.nodes.find((n) => n.id === 'a')).toBe(flow.nodes.find((n) => n.id === 'a'));
    const last = withTeachingView(flow, teachingViewOf(map, { presenting: { step: 3 }, filter: NO_FILTER }));
    expect(hiddenIds(last.nodes)).toEqual([]);
    expect(last.edges.map((e) => e.className)).toEqual([CURRENT_STEP_CLASS, CURRENT_STEP_CLASS]);
    expect(last.nodes.find((n) => n.id === 'ev')?.className).toBeUndefined();
  });

  it('filters hide claims and links without removing them, and ignore the filter while presenting', () => {
    const filter = { ...NO_FILTER, hiddenKinds: ['evidence' as const] };
    const shown = withTeachingView(flow, teachingViewOf(map, { presenting: null, filter }));
    expect(shown.nodes).toHaveLength(3);
    expect(hiddenIds(shown.nodes)).toEqual(['ev']);
    expect(hiddenIds(shown.edges)).toEqual(['ev-supports-b']);
    const presenting = teachingViewOf(map, { presenting: { step: 3 }, filter });
    expect(presenting?.hiddenClaims.size).toBe(0);
  });
});
