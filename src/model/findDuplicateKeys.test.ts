// Duplicate keys: found at any depth with the path of their object and the lines of every occurrence, in linear time.
import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from './findDuplicateKeys.ts';

const FREEZE_GUARD_MS = 20_000;

describe('findDuplicateKeys', () => {
  it('finds nothing in JSON without repeated keys, even when sibling objects share keys', () => {
    expect(findDuplicateKeys('{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}')).toEqual([]);
    expect(findDuplicateKeys('[1, "a", "a", {"a": "a"}]')).toEqual([]);
    expect(findDuplicateKeys('"just text"')).toEqual([]);
  });

  it('names the object by its path and lists the lines of every occurrence', () => {
    const text = '{\n  "nodes": [\n    {"id": "a"},\n    {"id": "b",\n     "label": "x",\n     "label": "y"}\n  ]\n}';
    expect(findDuplicateKeys(text)).toEqual([{ path: ['nodes', 1], key: 'label', lines: [5, 6] }]);
  });

  it('counts a key repeated three times once, with all three lines', () => {
    expect(findDuplicateKeys('{"a": 1,\n"a": 2,\n"a": 3}')).toEqual([{ path: [], key: 'a', lines: [1, 2, 3] }]);
  });

  it('compares keys as JSON reads them, so an escaped spelling is the same key', () => {
    expect(findDuplicateKeys('{"label": 1, "l\\u0061bel": 2}')).toEqual([{ path: [], key: 'label', lines: [1, 1] }]);
    expect(findDuplicateKeys('{"a\\"b": 1, "a\\"b": 2}')).toEqual([{ path: [], key: 'a"b', lines: [1, 1] }]);
  });

  it('is not fooled by braces, commas, colons and quotes inside strings', () => {
    expect(findDuplicateKeys('{"a": "}, \\"a\\": [", "b": ",{\\"a\\":1}"}')).toEqual([]);
    expect(findDuplicateKeys('{"x": ["a", "a"], "x2": {"k": "\\\\", "k2": 1}}')).toEqual([]);
  });

  it('keeps array indexes right after nested containers', () => {
    expect(findDuplicateKeys('[[1, 2], {"q": [3]}, {"k": 1, "k": 2}]')).toEqual([{ path: [2], key: 'k', lines: [1, 1] }]);
  });

  it('ends on text that is not JSON instead of looping', () => {
    expect(findDuplicateKeys('{"a": "open')).toEqual([]);
    expect(findDuplicateKeys('{"a": "\\"')).toEqual([]);
  });

  it('reports hostile key names like any other', () => {
    expect(findDuplicateKeys('{"__proto__": {}, "__proto__": {}}')).toEqual([{ path: [], key: '__proto__', lines: [1, 1] }]);
  });

  it('reports in file order and stops at the limit', () => {
    const text = `[${Array.from({ length: 100 }, (_, i) => `{"k${i}": 1, "k${i}": 2}`).join(',\n')}]`;
    const found = findDuplicateKeys(text, 10);
    expect(found).toHaveLength(10);
    expect(found.map((d) => d.lines[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  /** Speed is measured in the bench; the guard only ends a scan that never finishes (a quadratic one on 4 MB). */
  it('survives 100,000 levels of nesting and scans 4 MB without a freeze', () => {
    const depth = 100_000;
    expect(findDuplicateKeys('['.repeat(depth) + ']'.repeat(depth))).toEqual([]);
    expect(findDuplicateKeys('{"a":'.repeat(depth) + '1' + '}'.repeat(depth))).toEqual([]);
    const big = `{${Array.from({ length: 100_000 }, (_, i) => `"key${i}": "${'v'.repeat(30)}"`).join(',\n')}, "key7": 0}`;
    expect(big.length).toBeGreaterThan(4_000_000);
    expect(findDuplicateKeys(big)).toEqual([{ path: [], key: 'key7', lines: [8, 100_000] }]);
  }, FREEZE_GUARD_MS);
});
