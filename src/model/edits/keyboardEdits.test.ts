import { describe, expect, it } from 'vitest';
import { aChain } from '../testBuilders.ts';
import { linkToNewClaim, setKind } from './keyboardEdits.ts';

describe('setKind', () => {
  it('changes the kind of the chosen claims only, and returns the same map when nothing changes', () => {
    const map = aChain('a', 'b', 'c');
    const changed = setKind(map, ['a', 'c'], 'assumption');
    expect(changed.nodes.map((claim) => claim.kind)).toEqual(['assumption', map.nodes[1]?.kind, 'assumption']);
    expect(setKind(changed, ['a'], 'assumption')).toBe(changed);
    expect(setKind(map, ['ghost'], 'event')).toBe(map);
  });
});

describe('linkToNewClaim', () => {
  it('adds the named claim and the link to it in one edit', () => {
    const result = linkToNewClaim(aChain('athens-grows'), 'athens-grows', 'Sparta votes for war', 'motivates');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.id).toBe('sparta-votes-for-war');
    expect(result.map.nodes.at(-1)).toMatchObject({ id: 'sparta-votes-for-war', label: 'Sparta votes for war', kind: 'claim', status: 'unassessed' });
    expect(result.map.edges.at(-1)).toMatchObject({ id: result.relationId, source: 'athens-grows', target: 'sparta-votes-for-war', relation: 'motivates' });
  });

  it('refuses an empty name and an unknown source, with a reason', () => {
    expect(linkToNewClaim(aChain('a'), 'a', '  ', 'causes')).toEqual({ ok: false, reason: 'Type the new node’s name first.' });
    expect(linkToNewClaim(aChain('a'), 'ghost', 'B', 'causes')).toEqual({ ok: false, reason: "There is no node 'ghost'." });
  });
});
