// Pure edits of the presentation story: move a step, write a step's note, go back to the derived order.
import type { ArgumentMap, StoryStep } from '../schema.ts';
import { stepOrder } from '../stepOrder.ts';

/** The story as the steps are shown now: every claim once, in step order, each with its note if it has one. */
export function currentStory(map: ArgumentMap): StoryStep[] {
  const notes = new Map((map.story ?? []).flatMap((step) => (step.note ? [[step.id, step.note] as const] : [])));
  return stepOrder(map, map.story).map((id) => {
    const note = notes.get(id);
    return note === undefined ? { id } : { id, note };
  });
}

function sameStory(a: readonly StoryStep[] | undefined, b: readonly StoryStep[]): boolean {
  return a !== undefined && a.length === b.length && a.every((step, i) => step.id === b[i]?.id && step.note === b[i]?.note);
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
  const story = currentStory(map).map((step) => (step.id !== id ? step : text === undefined ? { id } : { id, note: text }));
  return withStory(map, story);
}

/** Back to the order derived from the links; notes are kept (as a story in that order) unless there are none. */
export function resetStoryOrder(map: ArgumentMap): ArgumentMap {
  if (!map.story) return map;
  const bare: ArgumentMap = { ...map };
  delete bare.story;
  const notes = new Map(map.story.flatMap((step) => (step.note ? [[step.id, step.note] as const] : [])));
  if (notes.size === 0) return bare;
  return { ...map, story: stepOrder(bare).map((id) => (notes.has(id) ? { id, note: notes.get(id) as string } : { id })) };
}

/** Drops story steps whose claim is gone, so deleting a claim never leaves the file invalid. */
export function pruneStory(map: ArgumentMap): ArgumentMap {
  if (!map.story) return map;
  const ids = new Set(map.nodes.map((claim) => claim.id));
  if (map.story.every((step) => ids.has(step.id))) return map;
  return { ...map, story: map.story.filter((step) => ids.has(step.id)) };
}
