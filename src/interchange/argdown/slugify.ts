// Causeway ids from Argdown titles: a slug the map format accepts, unique within the map.
import { ID_PATTERN, LIMITS } from '../../model/schema.ts';

/** Room left for a `-NNNNN` suffix that keeps an id unique. */
const SUFFIX_ROOM = 6;

/** A title that is already an id stays as it is; others become lowercase ASCII words joined by hyphens. */
export function slugify(title: string): string {
  if (title.length <= LIMITS.idLength && ID_PATTERN.test(title)) return title;
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, LIMITS.idLength)
    .replace(/^-+|-+$/g, '');
  return slug || 'claim';
}

/** Hands out ids: the slug itself the first time, then `slug-2`, `slug-3` … */
export function idAllocator(): (title: string) => string {
  const taken = new Set<string>();
  return (title) => {
    const base = slugify(title);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base.slice(0, LIMITS.idLength - SUFFIX_ROOM).replace(/-+$/, '')}-${n}`;
    taken.add(id);
    return id;
  };
}
