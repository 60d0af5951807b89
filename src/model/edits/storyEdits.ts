// Pure edits of the presentation story: move a step, write a step's note or reveal point, go back to the derived order.
import type { ArgumentMap, StoryStep } from '../schema.ts';
import { stepOrder } from '../stepOrder.ts';

/** What a story step holds besides its id: kept with the step wherever it moves. */
type StepExtras = Omit<StoryStep, 'id'>;

function extrasOf(map: ArgumentMap): Map<string, StepExtras> {
  const extras = new Map<string, StepExtras>();
  for (const { id, ...rest } of map.story ?? []) {
    const kept: StepExtras = { ...(rest.note ? { note: rest.note } : {}), ...(rest.revealMarkAt ? { revealMarkAt: rest.revealMarkAt } : {}) };
    if (kept.note !== undefined || kept.revealMarkAt !== undefined) extras.set(id, kept);
  }
  return extras;
}

/** The story as the steps are shown now: every claim once, in step order, each with its note and reveal point if it has them. */
export function currentStory(map: ArgumentMap): StoryStep[] {
  const extras = extrasOf(map);
  return stepOrder(map, map.story).map((id) => ({ id, ...extras.get(id) }));
}

function sameStory(a: readonly StoryStep[] | undefined, b: readonly StoryStep[]): boolean {
  return (
    a !== undefined &&
    a.length === b.length &&
    a.every((step, i) => step.id === b[i]?.id && step.note === b[i]?.note && step.revealMarkAt === b[i]?.revealMarkAt)
  );
}

function withStory(map: ArgumentMap, story: StoryStep[]): ArgumentMap {
  return sameStory(map.story, story) ? map : { ...map, story };
}

/** Moves the step at `from` (0-based) to `to`; the story then lists every claim, so the order is explicit in the file. */
export function moveStoryStep(map: ArgumentMap, from: number, to: number): ArgumentMap {
  const story = currentStory(map);
  if (from === to || from < 0 || to < 0 || from >= story.length || to >= story.length) return map;
  const [moved] = story.splice(from, 1);
  story.splice(to, 0, moved as StoryStep);
  return withStory(map, story);
}

/** Sets the note shown on a claim's step; blank text removes it. Unknown claims leave the map as it is. */
export function setStoryNote(map: ArgumentMap, id: string, note: string): ArgumentMap {
  if (!map.nodes.some((claim) => claim.id === id)) return map;
  const text = note.trim() === '' ? undefined : note;
  const story = currentStory(map).map((step) => {
    if (step.id !== id) return step;
    const { note: _old, ...rest } = step;
    return text === undefined ? rest : { ...rest, note: text };
  });
  return withStory(map, story);
}

/**
 * Sets from which claim's step the mark of claim `id` is revealed (null: back to the rules of staged reveal).
 * Unknown claims leave the map as it is.
 */
export function setStoryRevealPoint(map: ArgumentMap, id: string, at: string | null): ArgumentMap {
  const known = new Set(map.nodes.map((claim) => claim.id));
  if (!known.has(id) || (at !== null && !known.has(at))) return map;
  const story = currentStory(map).map((step) => {
    if (step.id !== id) return step;
    const { revealMarkAt: _old, ...rest } = step;
    return at === null ? rest : { ...rest, revealMarkAt: at };
  });
  return withStory(map, story);
}

/** Back to the order derived from the links; notes and reveal points are kept (as a story in that order) unless there are none. */
export function resetStoryOrder(map: ArgumentMap): ArgumentMap {
  if (!map.story) return map;
  const bare: ArgumentMap = { ...map };
  delete bare.story;
  const extras = extrasOf(map);
  if (extras.size === 0) return bare;
  return { ...map, story: stepOrder(bare).map((id) => ({ id, ...extras.get(id) })) };
}

/** Drops story steps whose claim is gone, and reveal points naming one, so deleting a claim never leaves the file invalid. */
export function pruneStory(map: ArgumentMap): ArgumentMap {
  if (!map.story) return map;
  const ids = new Set(map.nodes.map((claim) => claim.id));
  if (map.story.every((step) => ids.has(step.id) && (step.revealMarkAt === undefined || ids.has(step.revealMarkAt)))) return map;
  return {
    ...map,
    story: map.story.flatMap((step) => {
      if (!ids.has(step.id)) return [];
      if (step.revealMarkAt === undefined || ids.has(step.revealMarkAt)) return [step];
      const { revealMarkAt: _gone, ...rest } = step;
      return [rest];
    }),
  };
}
