// Hostile and oversized files at the load gate: duplicate keys, deep nesting, huge files, maps and labels, wrong types.
import { describe, expect, it } from 'vitest';
import { parseMap } from './parseMap.ts';
import { formatProblem } from './problems.ts';
import { LIMITS } from './schema.ts';
import { serializeMap } from './serializeMap.ts';
import { aChain, aClaim, aMap, aRelation } from './testBuilders.ts';

function problemsOf(input: unknown): string[] {
  const result = parseMap(input);
  return result.ok ? [] : result.problems.map(formatProblem);
}


/**
 * Speed is measured in the bench, not asserted here: a test only fails if the work does not end within this
 * guard, which a freeze or a quadratic scan of 100,000 characters overruns, however loaded the machine is.
 */
const FREEZE_GUARD_MS = 20_000;

function lineOf(text: string, needle: string, from = 0): number {
  return text.slice(0, text.indexOf(needle, from)).split('\n').length;
}

describe('parseMap on hostile and oversized files', () => {
  describe('duplicate keys (JSON.parse would silently keep the last)', () => {
    it('names the object, the key and both lines', () => {
      const text = serializeMap(aChain('a', 'b', 'c')).replace('"label": "Claim c",', '"label": "Claim c",\n      "label": "Claim C",');
      const first = lineOf(text, '"label": "Claim c"');
      expect(problemsOf(text)).toEqual([
        `nodes[2]: the key 'label' appears twice (on lines ${first} and ${first + 1}); JSON would keep only the last, so delete the others`,
      ]);
    });

    it('finds them at the top level and in meta, and an escaped spelling of the same key', () => {
      const text = serializeMap(aChain('a')).replace('"version": 1,', '"version": 1,\n  "vers\\u0069on": 1,').replace('"title": "Test map"', '"title": "A", "title": "B"');
      expect(problemsOf(text)).toEqual([
        "(file): the key 'version' appears twice (on lines 4 and 5); JSON would keep only the last, so delete the others",
        "meta: the key 'title' appears twice (on line 7); JSON would keep only the last, so delete the others",
      ]);
    });

    it('catches a duplicate that would otherwise pass as a valid map', () => {
      const text = serializeMap(aChain('a')).replace('"status": "unassessed"', '"status": "refuted", "status": "unassessed"');
      expect(parseMap(JSON.parse(text)).ok).toBe(true);
      expect(problemsOf(text)).toEqual([expect.stringMatching(/^nodes\[0\]: the key 'status' appears twice/)]);
    });
  });

  describe('deep nesting', () => {
    it('reports 100,000 unclosed brackets as a syntax error, without overflowing the stack', () => {
      expect(problemsOf('['.repeat(100_000))).toEqual(['(file): not valid JSON at line 1, column 100001: the text ends before the JSON is complete']);
    }, FREEZE_GUARD_MS);

    it('rejects 100,000 closed levels, at the top or inside a map field, with a plain message', () => {
      const deep = '['.repeat(100_000) + ']'.repeat(100_000);
      expect(problemsOf(deep)).toEqual(['(file): a map file must hold a JSON object, not a list']);
      const inMap = serializeMap(aChain('a')).replace('"title": "Test map"', `"title": ${deep}`);
      expect(problemsOf(inMap)).toEqual(['meta.title: must be text, not a list']);
      const objects = '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000);
      expect(problemsOf(serializeMap(aChain('a')).replace('"title": "Test map"', `"title": "t", "extra": ${objects}`))).toEqual([
        'meta.extra: is not a field of this format',
      ]);
    }, FREEZE_GUARD_MS);
  });

  describe('size', () => {
    it('refuses a file over 5 MB before parsing it', () => {
      const map = aMap(Array.from({ length: 3000 }, (_, i) => aClaim(`c${i}`, { text: 'x'.repeat(2000) })));
      const text = serializeMap(map);
      expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
      expect(problemsOf(text)).toEqual([`(file): the file has ${Buffer.byteLength(text)} bytes; a map file may be at most 5 MB (5242880 bytes)`]);
    }, FREEZE_GUARD_MS);

    it(`loads ${LIMITS.claims} nodes and refuses one more with a message that says the limit`, () => {
      const claims = Array.from({ length: LIMITS.claims }, (_, i) => aClaim(`c${i}`));
      const relations = claims.slice(1).map((claim, i) => aRelation(`c${i}`, claim.id));
      expect(parseMap(serializeMap(aMap(claims, relations))).ok).toBe(true);
      expect(problemsOf(aMap([...claims, aClaim('one-more')], relations))).toEqual([`nodes: a map holds at most ${LIMITS.claims} nodes`]);
    }, FREEZE_GUARD_MS);

    it(`refuses more than ${LIMITS.relations} edges`, () => {
      const claims = Array.from({ length: 101 }, (_, i) => aClaim(`c${i}`));
      const relations = claims.flatMap((s, i) => claims.filter((_, j) => j !== i).map((t) => aRelation(s.id, t.id))).slice(0, LIMITS.relations + 1);
      expect(problemsOf(aMap(claims, relations))).toEqual([`edges: a map holds at most ${LIMITS.relations} edges`]);
    });

    it('refuses 100,000-character labels with a message per node, capped, without a freeze', () => {
      const claims = Array.from({ length: 40 }, (_, i) => aClaim(`c${i}`, { label: 'w'.repeat(100_000) }));
      const result = problemsOf(serializeMap(aMap(claims)));
      expect(result).toHaveLength(40);
      expect(result[0]).toBe(`nodes[0].label: must be at most ${LIMITS.labelLength} characters (put the rest in "text")`);
    }, FREEZE_GUARD_MS);

    it('refuses over-long text, quotes, citations and titles', () => {
      expect(problemsOf(aMap([aClaim('a', { text: 't'.repeat(LIMITS.textLength + 1) })]))).toEqual([
        `nodes[0].text: must be at most ${LIMITS.textLength} characters`,
      ]);
      expect(problemsOf(aMap([aClaim('a', { sources: [{ citation: 'c', quote: 'q'.repeat(LIMITS.quoteLength + 1) }] })]))).toEqual([
        `nodes[0].sources[0].quote: must be at most ${LIMITS.quoteLength} characters`,
      ]);
      expect(problemsOf(aMap([], [], { meta: { title: 'T'.repeat(LIMITS.shortText + 1) } }))).toEqual([
        `meta.title: must be at most ${LIMITS.shortText} characters`,
      ]);
    });
  });

  describe('wrong types, one field at a time', () => {
    const base = aChain('a', 'b');
    it.each([
      ['meta', 'a title', "meta: must be an object, not the text \"a title\""],
      ['nodes', null, 'nodes: must be a list, not null'],
      ['edges', { a: 1 }, 'edges: must be a list, not an object'],
      ['layout', [], 'layout: must be an object, not a list'],
      ['story', 'a', 'story: must be a list, not the text "a"'],
    ])('top-level %s', (field, value, message) => {
      expect(problemsOf({ ...base, [field]: value })).toEqual([message]);
    });

    it.each([
      ['id', 7, 'nodes[0].id: must be text, not the number 7'],
      ['label', ['x'], 'nodes[0].label: must be text, not a list'],
      ['text', false, 'nodes[0].text: must be text, not false'],
      ['status', null, "nodes[0].status: must be one of 'supported', 'refuted', 'contested' or 'unassessed', not null"],
      ['sources', 'Wells 2009', 'nodes[0].sources: must be a list, not the text "Wells 2009"'],
      ['position', [1, 2], 'nodes[0].position: must be an object, not a list'],
      ['date', 1950, 'nodes[0].date: must be text, not the number 1950'],
    ])('claim field %s', (field, value, message) => {
      expect(problemsOf({ ...base, nodes: [{ ...base.nodes[0], [field]: value }, base.nodes[1]] })).toEqual([message]);
    });

    it.each([
      ['source', { id: 'a' }, 'edges[0].source: must be text, not an object'],
      ['relation', 1, "edges[0].relation: must be one of 'causes', 'supports', 'refutes' or 'motivates', not the number 1"],
      ['label', true, 'edges[0].label: must be text, not true'],
    ])('relation field %s', (field, value, message) => {
      expect(problemsOf({ ...base, edges: [{ ...base.edges[0], [field]: value }] })).toEqual([message]);
    });

    it('says what a claim or relation should be when it is not an object', () => {
      expect(problemsOf({ ...base, nodes: ['a', base.nodes[1]], edges: [] })).toEqual(['nodes[0]: must be an object, not the text "a"']);
      expect(problemsOf({ ...base, edges: [42] })).toEqual(['edges[0]: must be an object, not the number 42']);
    });
  });
});
