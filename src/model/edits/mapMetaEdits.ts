// Pure edits of the map's own fields: its title, summary and source (the work it maps), each refused with a reason.
import { hasVisibleCharacter } from '../hasVisibleCharacter.ts';
import { type ArgumentMap, type Citation, citationSchema, LIMITS } from '../schema.ts';
import { describeIssue } from './describeIssue.ts';
import { type EditResult, refuse } from './editResult.ts';

export interface MetaPatch {
  title?: string;
  /** '' removes the summary. */
  summary?: string;
}

/** Any field of the map's source; '' removes an optional field, and a source left with no words at all is removed. */
export type MapSourcePatch = Partial<Citation>;

const OPTIONAL_SOURCE_FIELDS = ['venue', 'place', 'date', 'url'] as const;

function titleProblem(title: string): string | undefined {
  if (title.trim() === '') return 'The map needs a title.';
  if (!hasVisibleCharacter(title)) return 'The title must contain a visible character.';
  if (title.length > LIMITS.shortText) return `The title must be at most ${LIMITS.shortText} characters.`;
  return undefined;
}

export function updateMapMeta(map: ArgumentMap, patch: MetaPatch): EditResult {
  const meta = { ...map.meta };
  if (patch.title !== undefined) {
    const problem = titleProblem(patch.title);
    if (problem) return refuse(problem);
    meta.title = patch.title;
  }
  if (patch.summary !== undefined) {
    if (patch.summary.length > LIMITS.textLength) return refuse(`The summary must be at most ${LIMITS.textLength} characters.`);
    if (patch.summary === '') delete meta.summary;
    else meta.summary = patch.summary;
  }
  const same = meta.title === map.meta.title && meta.summary === map.meta.summary;
  return { ok: true, map: same ? map : { ...map, meta } };
}

export function updateMapSource(map: ArgumentMap, patch: MapSourcePatch): EditResult {
  const next: Record<string, string> = { author: '', title: '', ...map.meta.source };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if ((OPTIONAL_SOURCE_FIELDS as readonly string[]).includes(key) && value === '') delete next[key];
    else next[key] = value;
  }
  const meta = { ...map.meta };
  if (Object.values(next).every((value) => value.trim() === '')) {
    if (!map.meta.source) return { ok: true, map };
    delete meta.source;
    return { ok: true, map: { ...map, meta } };
  }
  const parsed = citationSchema.safeParse(next);
  if (!parsed.success) return refuse(`In the map's source: ${describeIssue(parsed.error)}`);
  if (next.url && !/^https?:\/\//i.test(next.url)) return refuse('The source’s link must start with http:// or https://.');
  const source = parsed.data;
  if (JSON.stringify(source) === JSON.stringify(map.meta.source)) return { ok: true, map };
  return { ok: true, map: { ...map, meta: { ...meta, source } } };
}
