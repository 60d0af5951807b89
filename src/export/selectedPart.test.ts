import { describe, expect, it } from 'vitest';
import { moveStoryStep } from '../model/edits/storyEdits.ts';
import { aChain } from '../model/testBuilders.ts';
import { validateMap } from '../model/validateMap.ts';
import { selectedPart } from './selectedPart.ts';

describe('selectedPart', () => {
  it('keeps the chosen claims, the relations between them and their story steps, so the part is a valid map', () => {
    const map = moveStoryStep(aChain('a', 'b', 'c', 'd'), 3, 0);
    const part = selectedPart(map, ['b', 'c', 'd']);
    expect(part.nodes.map((c) => c.id)).toEqual(['b', 'c', 'd']);
    expect(part.edges.map((r) => r.id)).toEqual(['b-causes-c', 'c-causes-d']);
    expect(part.story?.map((s) => s.id)).toEqual(['d', 'b', 'c']);
    expect(validateMap(part)).toEqual([]);
    expect(selectedPart(map, undefined)).toBe(map);
  });
});
