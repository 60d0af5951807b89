// The rules beyond the schema, one bad fixture each, reported through the same path notation as schema problems.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems.ts';
import type { ArgumentMap } from './schema.ts';
import { anyMap } from './testArbitraries.ts';
import { aChain, aClaim, aMap, aRelation } from './testBuilders.ts';
import { validateMap } from './validateMap.ts';

function problemsOf(map: ArgumentMap): string[] {
  return validateMap(map).map(formatProblem);
}

const abc = [aClaim('a'), aClaim('b'), aClaim('c')];

describe('validateMap', () => {
  it('finds nothing wrong in a valid chain', () => {
    expect(problemsOf(aChain('invasion', 'buildup', 'escalation'))).toEqual([]);
  });

  it('rejects a node id used twice, pointing at the first', () => {
    expect(problemsOf(aMap([aClaim('a'), aClaim('b'), aClaim('a')]))).toEqual(["nodes[2].id: 'a' is already the id of nodes[0]"]);
  });

  it('rejects an edge id used twice', () => {
    const relations = [aRelation('a', 'b', { id: 'link' }), aRelation('b', 'c', { id: 'link' })];
    expect(problemsOf(aMap(abc, relations))).toEqual(["edges[1].id: 'link' is already the id of edges[0]"]);
  });

  it('rejects an edge that names a missing node, by its path', () => {
    const relations = [aRelation('a', 'b'), aRelation('b', 'c'), aRelation('a', 'c'), aRelation('c', 'nato2'), aRelation('ghost', 'a')];
    expect(problemsOf(aMap(abc, relations))).toEqual([
      "edges[3].target: 'nato2' names no node",
      "edges[4].source: 'ghost' names no node",
    ]);
  });

  it('accepts a story of known claims and rejects unknown or repeated steps', () => {
    expect(problemsOf(aMap(abc, [], { story: [{ id: 'b', note: 'Start here' }, { id: 'a' }] }))).toEqual([]);
    expect(problemsOf(aMap(abc, [], { story: [{ id: 'a' }, { id: 'ghost' }, { id: 'a' }] }))).toEqual([
      "story[1].id: 'ghost' names no node",
      "story[2].id: 'a' is already step 1 of the story",
    ]);
  });

  it('rejects a self-loop', () => {
    expect(problemsOf(aMap(abc, [aRelation('b', 'b', { relation: 'supports' })]))).toEqual([
      "edges[0].target: a link cannot lead from a node to itself ('b' supports 'b')",
    ]);
  });

  it('rejects the same (source, target, relation) twice, but allows another relation between the same nodes', () => {
    const relations = [aRelation('a', 'b'), aRelation('a', 'b', { relation: 'supports' }), aRelation('a', 'b', { id: 'again' })];
    expect(problemsOf(aMap(abc, relations))).toEqual(["edges[2]: repeats edges[0]: 'a' causes 'b' is stated twice"]);
  });

  it('allows cycles, since escalation spirals are cycles', () => {
    const spiral = aMap(abc, [aRelation('a', 'b'), aRelation('b', 'c'), aRelation('c', 'a')]);
    expect(problemsOf(spiral)).toEqual([]);
    expect(problemsOf(aMap(abc.slice(0, 2), [aRelation('a', 'b'), aRelation('b', 'a')]))).toEqual([]);
  });

  it('reports every problem of a map, in file order', () => {
    const claims = [aClaim('a'), aClaim('a')];
    const relations = [aRelation('a', 'a'), aRelation('a', 'x', { id: 'a-causes-a' })];
    expect(problemsOf(aMap(claims, relations))).toEqual([
      "nodes[1].id: 'a' is already the id of nodes[0]",
      "edges[0].target: a link cannot lead from a node to itself ('a' causes 'a')",
      "edges[1].id: 'a-causes-a' is already the id of edges[0]",
      "edges[1].target: 'x' names no node",
    ]);
  });

  it('accepts a joint group of two or more links into one node by one relation', () => {
    const relations = [aRelation('a', 'c', { relation: 'supports', joint: 'g' }), aRelation('b', 'c', { relation: 'supports', joint: 'g' })];
    expect(problemsOf(aMap(abc, relations))).toEqual([]);
  });

  it('refuses a joint group whose links lead into different nodes or are of different relations, or that has one link', () => {
    const claims = [...abc, aClaim('d')];
    expect(problemsOf(aMap(claims, [aRelation('a', 'c', { joint: 'g' }), aRelation('b', 'd', { joint: 'g' })]))).toEqual([
      "edges[1].joint: joint group 'g' leads into 'c' (edges[0]), not 'd': a joint group's links share their target",
    ]);
    expect(problemsOf(aMap(claims, [aRelation('a', 'c', { joint: 'g' }), aRelation('b', 'c', { relation: 'motivates', joint: 'g' })]))).toEqual([
      "edges[1].joint: joint group 'g' causes (edges[0]), this link motivates: a joint group's links share their relation",
    ]);
    expect(problemsOf(aMap(claims, [aRelation('a', 'c'), aRelation('b', 'c', { joint: 'alone' })]))).toEqual([
      "edges[1].joint: joint group 'alone' has only this link: a joint group needs at least two",
    ]);
  });

  it('finds nothing wrong in the maps the property tests generate, joint groups included', () => {
    let grouped = 0;
    fc.assert(
      fc.property(anyMap(), (map) => {
        expect(problemsOf(map)).toEqual([]);
        if (map.edges.some((edge) => edge.joint)) grouped++;
      }),
      { numRuns: 200 },
    );
    expect(grouped).toBeGreaterThan(0);
  });
});
