import { describe, expect, it } from 'vitest';
import { applyWhatIf } from './applyWhatIf.ts';
import { evaluateMap } from './evaluateMap.ts';
import { aClaim, aMap, aRelation } from './testBuilders.ts';

describe('applyWhatIf', () => {
  const map = aMap([aClaim('belief', { kind: 'assumption', status: 'refuted' }), aClaim('buildup')], [aRelation('belief', 'buildup', { relation: 'motivates' })]);

  it('returns a map with the overridden statuses and leaves the input untouched', () => {
    const before = structuredClone(map);
    const flipped = applyWhatIf(map, { belief: 'supported' });
    expect(flipped.nodes.map((c) => c.status)).toEqual(['supported', 'unassessed']);
    expect(map).toEqual(before);
    expect(flipped.nodes[1]).toBe(map.nodes[1]);
  });

  it('clears the flags that rested on the flipped assumption', () => {
    expect(evaluateMap(map).claims.buildup?.restsOnMiscalculation).toBeDefined();
    expect(evaluateMap(applyWhatIf(map, { belief: 'supported' })).claims.buildup?.restsOnMiscalculation).toBeUndefined();
  });

  it('ignores unknown ids and returns the same map when nothing changes', () => {
    expect(applyWhatIf(map, { nobody: 'supported', belief: 'refuted' })).toBe(map);
    const inherited = aMap([aClaim('constructor'), aClaim('to-string')]);
    expect(applyWhatIf(inherited, {})).toBe(inherited);
  });
});
