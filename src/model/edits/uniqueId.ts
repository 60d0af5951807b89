// Stable slug ids for new claims and relations: readable, derived from the label, never colliding.
import { LIMITS } from '../schema.ts';

/** Room left for a "-NN" suffix so a de-duplicated id still fits the id limit. */
const STEM_LENGTH = LIMITS.idLength - 6;

export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) return fallback;
  if (slug.length <= STEM_LENGTH) return slug;
  const cut = slug.slice(0, STEM_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut;
}

/** `stem`, or `stem-2`, `stem-3`… — the first one not in `taken`. */
export function uniqueId(stem: string, taken: ReadonlySet<string>): string {
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Whether `id` was made from `stem` by uniqueId (the stem itself or `stem-N`): such an id follows what it was made from. */
export function isMadeFrom(id: string, stem: string): boolean {
  return id === stem || (id.startsWith(`${stem}-`) && /^\d+$/.test(id.slice(stem.length + 1)));
}

/** The id of a link from `source` to `target`: "a-causes-b". */
export function linkStem(source: string, relation: string, target: string): string {
  return slugify(`${source}-${relation}-${target}`, 'link');
}
