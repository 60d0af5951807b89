import { describe, expect, it } from 'vitest';
import { claimFlags, evaluateMap } from './evaluateMap.ts';
import { DEFAULT_FLAG_NAME, flagWords } from './flagWords.ts';
import { outlineItems, outlineMarkdown } from './outline.ts';
import { parseMap } from './parseMap.ts';
import { aClaim, aMap, aRelation } from './testBuilders.ts';
import { loadSeedMap } from './testSeedMap.ts';

const flagged = aMap(
  [aClaim('belief', { kind: 'assumption', status: 'refuted' }), aClaim('war', { label: 'Athens goes to war', status: 'supported' })],
  [aRelation('belief', 'war', { relation: 'motivates' })],
);

describe('flagWords', () => {
  it('calls the flag "Rests on a refuted assumption" when the map does not name it', () => {
    expect(flagWords(undefined).tags.restsOnMiscalculation).toBe(DEFAULT_FLAG_NAME);
    expect(flagWords(undefined).titles.restsOnMiscalculation).toBe('Rests on a refuted assumption');
  });

  it('puts the map’s name on the tag and keeps the rule beside it in the title', () => {
    expect(flagWords('Pretext').tags).toEqual({ restsOnMiscalculation: 'Pretext', unsupported: 'Unsupported', inTension: 'In tension' });
    expect(flagWords('Pretext').titles.restsOnMiscalculation).toBe('Pretext (rests on a refuted assumption)');
  });

  it('names the seed map’s flag "Miscalculation", as Wells argues', () => {
    expect(loadSeedMap().meta.flagName).toBe('Miscalculation');
  });

  it('heads the outline’s and the Markdown’s flags with the map’s words', () => {
    const named = { ...flagged, meta: { ...flagged.meta, flagName: 'Pretext' } };
    expect(claimFlags(evaluateMap(named), 'war').map((flag) => flag.kind)).toEqual(['restsOnMiscalculation']);
    expect(outlineItems(named).find((item) => item.id === 'war')?.flags.map((flag) => flag.title)).toEqual(['Wholly: Pretext (rests on a refuted assumption)']);
    expect(outlineMarkdown(named)).toContain('**Wholly: Pretext (rests on a refuted assumption)**');
    expect(outlineMarkdown(flagged)).toContain('**Wholly: Rests on a refuted assumption**');
  });

  it('refuses an empty or invisible name at its place in the file', () => {
    for (const flagName of ['', '\u200B ']) {
      const result = parseMap({ ...flagged, meta: { ...flagged.meta, flagName } });
      expect(result.ok ? [] : result.problems.map((problem) => problem.path.join('.'))).toEqual(['meta.flagName']);
    }
  });
});
