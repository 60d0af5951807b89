// The one load gate: anything from outside (file text, fetched JSON, a request body) becomes a valid map or a list of problems.
import type { z } from 'zod';
import { migrate } from './migrations';
import { parseJsonText } from './parseJsonText';
import type { PathSegment, Problem } from './problems';
import { type ArgumentMap, MAP_FORMAT, mapSchema } from './schema';
import { validateMap } from './validateMap';

export type ParseResult = { ok: true; map: ArgumentMap } | { ok: false; problems: Problem[] };

/** Enough to fix a file; a thousand repeats of one mistake help nobody. */
export const MAX_PROBLEMS = 50;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let here: unknown = root;
  for (const segment of path) {
    if (here === null || typeof here !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(here, segment)) return undefined;
    here = (here as Record<PathSegment, unknown>)[segment];
  }
  return here;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  object: 'an object',
  array: 'a list',
  boolean: 'true or false',
};

function toProblems(issues: readonly z.core.$ZodIssue[], raw: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) problems.push({ path: [...path, key], message: `is not a field of this format` });
        break;
      case 'invalid_type': {
        const actual = valueAt(raw, path);
        const expected = EXPECTED[issue.expected] ?? issue.expected;
        problems.push({
          path,
          message: actual === undefined ? `is missing (expected ${expected})` : `must be ${expected}, not ${describe(actual)}`,
        });
        break;
      }
      case 'invalid_value':
        problems.push({
          path,
          message: `must be ${issue.values.map((v) => `'${String(v)}'`).join(', ')} (not ${describe(valueAt(raw, path))})`,
        });
        break;
      default:
        problems.push({ path, message: issue.message });
    }
  }
  return problems;
}

/** Accepts file text or an already-parsed JSON value. Never throws. */
export function parseMap(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    const json = parseJsonText(input);
    if (!json.ok) return json;
    value = json.value;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [{ path: [], message: `a map file must hold a JSON object, not ${describe(value)}` }] };
  }
  const raw = value as Record<string, unknown>;
  if (raw.format !== MAP_FORMAT) {
    return {
      ok: false,
      problems: [{ path: ['format'], message: `must be '${MAP_FORMAT}' (not ${describe(raw.format)}): this is not a Causeway map` }],
    };
  }
  const migrated = migrate(raw);
  if (!migrated.ok) return { ok: false, problems: [{ path: ['version'], message: migrated.message }] };

  const parsed = mapSchema.safeParse(migrated.raw);
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error.issues, migrated.raw).slice(0, MAX_PROBLEMS) };
  const problems = validateMap(parsed.data);
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, map: parsed.data };
}
