import { describe, expect, it } from 'vitest';
import { stepOrder } from '../stepOrder.ts';
import { aChain } from '../testBuilders.ts';
import { validateMap } from '../validateMap.ts';
import { deleteClaims } from './claimEdits.ts';
import { currentStory, moveStoryStep, pruneStory, resetStoryOrder, setStoryNote, setStoryRevealPoint } from './storyEdits.ts';

describe('story edits', () => {
  const chain = aChain('a', 'b', 'c', 'd');

  it('the current story is the step order with notes', () => {
    expect(currentStory(chain)).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }]);
    const noted = { ...chain, story: [{ id: 'c', note: 'Start here' }] };
    expect(currentStory(noted)).toEqual([{ id: 'c', note: 'Start here' }, { id: 'a' }, { id: 'b' }, { id: 'd' }]);
  });

  it('moving a step writes the whole order into the story and step order follows it', () => {
    const moved = moveStoryStep(chain, 3, 1);
    expect(moved.story?.map((s) => s.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(stepOrder(moved, moved.story)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveStoryStep(moved, 1, 3).story?.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(chain.story).toBeUndefined();
  });

  it('a move out of range or onto itself changes nothing', () => {
    expect(moveStoryStep(chain, 0, 0)).toBe(chain);
    expect(moveStoryStep(chain, -1, 2)).toBe(chain);
    expect(moveStoryStep(chain, 1, 4)).toBe(chain);
  });

  it('notes move with their step, and a blank note is removed', () => {
    const noted = setStoryNote(chain, 'b', 'Ask the class why');
    expect(noted.story?.find((s) => s.id === 'b')?.note).toBe('Ask the class why');
    const moved = moveStoryStep(noted, 1, 0);
    expect(moved.story?.[0]).toEqual({ id: 'b', note: 'Ask the class why' });
    const cleared = setStoryNote(moved, 'b', '  ');
    expect(cleared.story?.[0]).toEqual({ id: 'b' });
    expect(setStoryNote(chain, 'nope', 'x')).toBe(chain);
  });

  it('the same note again returns the same map (no empty undo step)', () => {
    const noted = setStoryNote(chain, 'b', 'x');
    expect(setStoryNote(noted, 'b', 'x')).toBe(noted);
  });

  it('reset goes back to the derived order, keeping notes', () => {
    const moved = moveStoryStep(chain, 3, 0);
    expect(resetStoryOrder(moved).story).toBeUndefined();
    const noted = setStoryNote(moved, 'd', 'Last');
    expect(resetStoryOrder(noted).story).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd', note: 'Last' }]);
  });

  it('every edited story is valid, and pruning drops steps of deleted claims', () => {
    const moved = moveStoryStep(setStoryNote(chain, 'c', 'n'), 2, 0);
    expect(validateMap(moved)).toEqual([]);
    const deleted = { ...moved, nodes: moved.nodes.filter((c) => c.id !== 'c'), edges: [] };
    expect(validateMap(deleted).length).toBeGreaterThan(0);
    expect(validateMap(pruneStory(deleted))).toEqual([]);
    expect(pruneStory(moved)).toBe(moved);
  });

  it('a reveal point is set and cleared per step, moves with its step, and survives notes and a reset', () => {
    const set = setStoryRevealPoint(chain, 'b', 'd');
    expect(set.story).toEqual([{ id: 'a' }, { id: 'b', revealMarkAt: 'd' }, { id: 'c' }, { id: 'd' }]);
    expect(setStoryRevealPoint(set, 'b', 'd')).toBe(set);
    const noted = setStoryNote(moveStoryStep(set, 1, 0), 'b', 'Wait for it');
    expect(noted.story?.[0]).toEqual({ id: 'b', note: 'Wait for it', revealMarkAt: 'd' });
    expect(resetStoryOrder(noted).story?.[1]).toEqual({ id: 'b', note: 'Wait for it', revealMarkAt: 'd' });
    expect(setStoryRevealPoint(noted, 'b', null).story?.[0]).toEqual({ id: 'b', note: 'Wait for it' });
    expect(setStoryRevealPoint(chain, 'b', 'ghost')).toBe(chain);
    expect(setStoryRevealPoint(chain, 'ghost', 'a')).toBe(chain);
    expect(validateMap(noted)).toEqual([]);
  });

  it('deleting the claim a reveal point names drops the reveal point, keeping the step', () => {
    const set = setStoryRevealPoint(chain, 'b', 'd');
    const deleted = deleteClaims(set, ['d']);
    expect(deleted.story?.find((s) => s.id === 'b')).toEqual({ id: 'b' });
    expect(validateMap(deleted)).toEqual([]);
    const orphaned = { ...set, nodes: set.nodes.filter((c) => c.id !== 'd'), edges: [] };
    expect(pruneStory(orphaned).story?.find((s) => s.id === 'b')).toEqual({ id: 'b' });
  });

  it('deleting a claim takes its story step with it', () => {
    const noted = setStoryNote(moveStoryStep(chain, 3, 0), 'b', 'x');
    const deleted = deleteClaims(noted, ['b']);
    expect(deleted.story?.map((s) => s.id)).toEqual(['d', 'a', 'c']);
    expect(validateMap(deleted)).toEqual([]);
  });
});
