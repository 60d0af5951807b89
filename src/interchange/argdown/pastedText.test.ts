// Pasted lists become Argdown a person would have written; pasted Argdown is recognised as such.
import { describe, expect, it } from 'vitest';
import { isIndentedList, listToArgdown, looksLikeArgdown } from './pastedText.ts';
import { readArgdown } from './readArgdown.ts';

const LIST = ['- Schools should ban phones', '  + Phones distract pupils in class', '    - Pupils can be taught to put them away', '  - Parents want to reach their children', '* Homework goes online'].join('\n');

describe('pasted text', () => {
  it('tells an indented list from a flat one and from prose', () => {
    expect(isIndentedList(LIST)).toBe(true);
    expect(isIndentedList('- one\n- two')).toBe(false);
    expect(isIndentedList('A sentence.\n  - then a list')).toBe(false);
  });

  it('recognises Argdown by its titled statements and arrows', () => {
    expect(looksLikeArgdown('[a]: A claim\n  + [b]')).toBe(true);
    expect(looksLikeArgdown('<Argument>: text')).toBe(true);
    expect(looksLikeArgdown('Just a sentence.')).toBe(false);
  });

  it('reads a list as claims with supports (+) and objections (-) under their parents', async () => {
    const result = await readArgdown(listToArgdown(LIST));
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const label = (id: string) => result.map.nodes.find((n) => n.id === id)?.label;
    expect(result.map.nodes.map((n) => n.label)).toEqual([
      'Schools should ban phones',
      'Homework goes online',
      'Phones distract pupils in class',
      'Pupils can be taught to put them away',
      'Parents want to reach their children',
    ]);
    expect(result.map.edges.map((e) => `${label(e.source)} ${e.relation} ${label(e.target)}`)).toEqual([
      'Phones distract pupils in class supports Schools should ban phones',
      'Pupils can be taught to put them away refutes Phones distract pupils in class',
      'Parents want to reach their children refutes Schools should ban phones',
    ]);
  }, 60_000);
});
