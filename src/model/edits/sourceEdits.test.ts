import { describe, expect, it } from 'vitest';
import { aClaim, aMap } from '../testBuilders.ts';
import { addSource, removeSource, updateSource } from './sourceEdits.ts';

const source = { citation: 'Wells 2009', quote: 'Stalin was reluctant', locator: 'p. 3' };

describe('source edits', () => {
  const map = aMap([aClaim('a')]);

  it('adds, edits and removes a source without touching the input', () => {
    const added = addSource(map, 'a', source);
    if (!added.ok) throw new Error(added.reason);
    expect(added.index).toBe(0);
    expect(added.map.nodes[0]?.sources).toEqual([source]);
    const edited = updateSource(added.map, 'a', 0, { quote: 'He refused', locator: '' });
    if (!edited.ok) throw new Error(edited.reason);
    expect(edited.map.nodes[0]?.sources).toEqual([{ citation: 'Wells 2009', quote: 'He refused' }]);
    expect(added.map.nodes[0]?.sources[0]).toEqual(source);
    const removed = removeSource(edited.map, 'a', 0);
    expect(removed.ok && removed.map.nodes[0]?.sources).toEqual([]);
    expect(map.nodes[0]?.sources).toEqual([]);
  });
  it('refuses an empty citation and a missing source', () => {
    const added = addSource(map, 'a', source);
    if (!added.ok) throw new Error(added.reason);
    expect(updateSource(added.map, 'a', 0, { citation: '' })).toEqual({ ok: false, reason: 'The citation must not be empty.' });
    expect(removeSource(map, 'a', 0)).toEqual({ ok: false, reason: "Node 'a' has no source number 1." });
    expect(addSource(map, 'x', source)).toEqual({ ok: false, reason: "There is no node 'x'." });
  });
});
