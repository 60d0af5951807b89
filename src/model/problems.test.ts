// Path notation of problems: the way every message names where in the file it is.
import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem } from './problems.ts';

describe('formatPath', () => {
  it.each([
    [[], '(file)'],
    [['meta'], 'meta'],
    [['meta', 'title'], 'meta.title'],
    [['edges', 3, 'target'], 'edges[3].target'],
    [['nodes', 0, 'sources', 2, 'quote'], 'nodes[0].sources[2].quote'],
    [['$schema'], '$schema'],
    [['nodes', 1, 'my-field'], 'nodes[1]["my-field"]'],
    [['odd key'], '["odd key"]'],
    [[0], '[0]'],
  ] as const)('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('formatProblem', () => {
  it('joins the path and the sentence', () => {
    expect(formatProblem({ path: ['edges', 3, 'target'], message: "'nato2' names no node" })).toBe("edges[3].target: 'nato2' names no node");
    expect(formatProblem({ path: [], message: 'the file is empty' })).toBe('(file): the file is empty');
  });
});
