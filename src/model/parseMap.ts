// The one load gate: anything from outside (file text, fetched JSON, a request body) becomes a valid map or a list of problems.
import type * as z from 'zod/mini';
import { describeValue } from './describeValue.ts';
import { migrate } from './migrations.ts';
import { parseJsonText } from './parseJsonText.ts';
import type { PathSegment, Problem } from './problems.ts';
import { type ArgumentMap, ID_PATTERN, LIMITS, MAP_FORMAT, mapSchema } from './schema.ts';
import { type MapReferences, validateMap } from './validateMap.ts';

export type ParseResult = { ok: true; map: ArgumentMap } | { ok: false; problems: Problem[] };

/** Enough to fix a file; a thousand repeats of one mistake help nobody. */
export const MAX_PROBLEMS = 50;

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let here: unknown = root;
  for (const segment of path) {
    if (here === null || typeof here !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(here, segment)) return undefined;
    here = (here as Record<PathSegment, unknown>)[segment];
  }
  return here;
}

/** 'a', 'b' or 'c' */
function oneOf(values: readonly unknown[]): string {
  const quoted = values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v)));
  if (quoted.length === 1) return quoted[0] as string;
  return `one of ${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
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
        // NaN and Infinity are numbers to JavaScript but not to the format (JSON.parse turns 1e999 into Infinity).
        const expected = issue.expected === 'number' && typeof actual === 'number' ? 'a finite number' : (EXPECTED[issue.expected] ?? issue.expected);
        problems.push({
          path,
          message: actual === undefined ? `is missing (expected ${expected})` : `must be ${expected}, not ${describeValue(actual)}`,
        });
        break;
      }
      case 'invalid_value': {
        const actual = valueAt(raw, path);
        problems.push({ path, message: actual === undefined ? `is missing (expected ${oneOf(issue.values)})` : `must be ${oneOf(issue.values)}, not ${describeValue(actual)}` });
        break;
      }
      default:
        problems.push({ path, message: issue.message });
    }
  }
  return problems;
}

/** An id the schema would accept: the link rules quote ids, and a refused file's may be megabytes long. */
const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= LIMITS.idLength && ID_PATTERN.test(value);

/** The entries of `list` (when it is a list) with their fields `keys`, or holes where one is not a valid id. */
function readable<K extends string>(list: unknown, keys: readonly K[]): (Record<K, string> | undefined)[] {
  if (!Array.isArray(list)) return [];
  return list.map((entry: unknown) => {
    if (entry === null || typeof entry !== 'object') return undefined;
    const fields = entry as Record<string, unknown>;
    return keys.every((key) => isId(fields[key])) ? (fields as Record<K, string>) : undefined;
  });
}

/**
 * What the reference rules can read of a file the schema refused; null unless every node's id can be read, since
 * a link to a node whose id is broken would be reported as naming no node, the same mistake twice.
 */
function referencesOf(raw: Record<string, unknown>): MapReferences | null {
  const nodes = readable(raw.nodes, ['id']);
  if (!Array.isArray(raw.nodes) || nodes.includes(undefined)) return null;
  return {
    nodes,
    // A link whose kind is wrong or missing still has ends that may name no node.
    edges: readable(raw.edges, ['id', 'source', 'target']).map((edge, i) => {
      const fields = edge && (raw.edges as Record<string, unknown>[])[i];
      const relation = fields?.relation;
      // A group id the schema refused is left out: the schema has already named its place.
      const joint = isId(fields?.joint) ? fields.joint : undefined;
      return edge && { ...edge, relation: typeof relation === 'string' ? relation : '', joint };
    }),
    story: readable(raw.story, ['id']),
  };
}

const pathKey = (problem: Problem): string => problem.path.join('\u0000');

/** Accepts file text or an already-parsed JSON value. Never throws. */
export function parseMap(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    const json = parseJsonText(input);
    if (!json.ok) return json;
    value = json.value;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [{ path: [], message: `a map file must hold a JSON object, not ${describeValue(value)}` }] };
  }
  const raw = value as Record<string, unknown>;
  if (raw.format !== MAP_FORMAT) {
    return {
      ok: false,
      problems: [{
        path: ['format'],
        message: raw.format === undefined
          ? `is missing: this is not a Causeway map (a map says "format": "${MAP_FORMAT}")`
          : `must be '${MAP_FORMAT}', not ${describeValue(raw.format)}: this is not a Causeway map`,
      }],
    };
  }
  const migrated = migrate(raw);
  if (!migrated.ok) return { ok: false, problems: [{ path: ['version'], message: migrated.message }] };

  const parsed = mapSchema.safeParse(migrated.raw);
  if (!parsed.success) {
    // A file is fixed in one go when it names all it can: a bad status and a link to a missing node alike.
    const schemaProblems = toProblems(parsed.error.issues, migrated.raw);
    if (schemaProblems.length >= MAX_PROBLEMS) return { ok: false, problems: schemaProblems.slice(0, MAX_PROBLEMS) };
    const references = referencesOf(migrated.raw);
    const reported = new Set(schemaProblems.map(pathKey));
    const referenceProblems = references ? validateMap(references).filter((p) => !reported.has(pathKey(p))) : [];
    return { ok: false, problems: [...schemaProblems, ...referenceProblems].slice(0, MAX_PROBLEMS) };
  }
  const problems = validateMap(parsed.data);
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, map: parsed.data };
}
