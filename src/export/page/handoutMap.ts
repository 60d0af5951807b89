// The student handout: the map with its marks blanked out for practice on paper, or with the teacher's marks as the answer key.
import { evaluateMap } from '../../model/evaluateMap.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import type { RenderOptions } from '../svg/renderMapSvg.ts';

export const HANDOUTS = ['blank', 'key'] as const;
export type Handout = (typeof HANDOUTS)[number];

export const HANDOUT_WORDS: Readonly<Record<Handout, string>> = { blank: 'practice handout', key: 'answer key' };

export function isHandout(value: string): value is Handout {
  return (HANDOUTS as readonly string[]).includes(value);
}

/**
 * The map and render options of a handout. The blank one carries no mark at all: every status is reset (so
 * nothing in the file gives an answer away), each badge is an empty box, and no flag is drawn (flags follow
 * from the marks). The key is the map as the teacher marked it, with its flags. Both name themselves in the title.
 */
export function handoutMap<T extends RenderOptions>(map: ArgumentMap, handout: Handout, options: T): { map: ArgumentMap; options: T } {
  const meta = { ...map.meta, title: `${map.meta.title} — ${HANDOUT_WORDS[handout]}` };
  if (handout === 'key') return { map: { ...map, meta }, options: { ...options, marks: 'shown', standing: options.standing ?? { evaluation: evaluateMap(map) } } };
  const blank: ArgumentMap = { ...map, meta, nodes: map.nodes.map((claim) => ({ ...claim, status: 'unassessed' })) };
  return { map: blank, options: { ...options, standing: undefined, marks: 'blank' } };
}
