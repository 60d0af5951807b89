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
