import { describe, expect, it } from 'vitest';
import { aChain, aMap, aRelation } from '../testBuilders.ts';
import { deleteClaims, updateClaim } from './claimEdits.ts';
import { updateRelation } from './relationEdits.ts';
import { NOTHING_RENAMED, renamedIds } from './renamedIds.ts';

describe('renamedIds', () => {
  const map = aMap(aChain('a', 'b', 'c').nodes, [aRelation('a', 'b'), aRelation('b', 'c')]);

  it('finds a link renamed by its new relation, both ways (edit and undo)', () => {
    const result = updateRelation(map, 'a-causes-b', { relation: 'supports' });
    if (!result.ok) throw new Error(result.reason);
    expect(renamedIds(map, result.map).relations).toEqual(new Map([['a-causes-b', 'a-supports-b']]));
    expect(renamedIds(result.map, map).relations).toEqual(new Map([['a-supports-b', 'a-causes-b']]));
    expect(renamedIds(map, result.map).claims.size).toBe(0);
  });
  it('finds a claim renamed by its label with the links that follow it', () => {
    const named = aMap([{ ...map.nodes[0]!, id: 'new-node', label: 'New node' }, ...map.nodes.slice(1)], [aRelation('new-node', 'b')]);
    const result = updateClaim(named, 'new-node', { label: 'The invasion' });
    if (!result.ok) throw new Error(result.reason);
    const renamed = renamedIds(named, result.map);
    expect(renamed.claims).toEqual(new Map([['new-node', 'the-invasion']]));
    expect(renamed.relations).toEqual(new Map([['new-node-causes-b', 'the-invasion-causes-b']]));
  });
  it('sees no rename in other edits', () => {
    expect(renamedIds(map, map)).toBe(NOTHING_RENAMED);
    expect(renamedIds(map, deleteClaims(map, ['a']))).toEqual(NOTHING_RENAMED);
    const shifted = aMap([map.nodes[1]!, map.nodes[2]!, { ...map.nodes[0]!, id: 'd' }], map.edges);
    expect(renamedIds(map, shifted).claims.size).toBe(0);
  });
});
