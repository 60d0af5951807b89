// Fuzz properties of the load gate, shared by the unit test (1,000 cases) and `npm run fuzz` (100,000 cases).
import fc from 'fast-check';
import { hasVisibleCharacter, NO_VISIBLE_CHARACTER } from './hasVisibleCharacter.ts';
import { MAX_PROBLEMS, parseMap, type ParseResult } from './parseMap.ts';
import { formatPath, formatProblem } from './problems.ts';
import { serializeMap } from './serializeMap.ts';

export interface FuzzProperty {
  name: string;
  /** Share of the total number of runs this property gets. */
  weight: number;
  property: fc.IProperty<unknown[]>;
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const FIELD_KEYS = ['format', 'version', 'meta', 'nodes', 'edges', 'id', 'label', 'status', 'kind', 'sources', 'position', 'x', 'source', 'target', 'joint'];
const OTHER_KEYS = ['toString', 'valueOf', 'hasOwnProperty', 'length', '0', ''];
/** Characters that draw nothing: a label, link label, title or citation of only these must be refused. */
const INVISIBLE = [' ', '\t', '\n', '\u00A0', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u3000', '\u3164', '\u2800', '\u00AD', '\u180E', '\uFE0F', '\u0301', '\u2028'];
/** Bidi embeddings, overrides, the pop and isolates: they may reverse what a title reads as (shown without them). */
const BIDI_CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
/** Hostile texts for the fields shown as names: invisible ones, bidi-overridden ones, and unbroken ones up to the limits. */
const hostileText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...INVISIBLE), minLength: 1, maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...INVISIBLE, ...BIDI_CONTROLS, 'a', '.', 'ש', '1'), minLength: 1, maxLength: 24 }),
  fc.constantFrom('w'.repeat(280), 'w'.repeat(281), 'w'.repeat(500), 'w'.repeat(501), '漢'.repeat(500), `\u202E${'w'.repeat(499)}`),
);

/** Characters that make or break JSON structure, so mutations hit the scanner's edge cases often. */
const JSON_PIECES = ['{', '}', '[', ']', '"', ',', ':', '\\', '\\u', '\n', ' ', '0', '-', '1e999', 'true', 'null', '\uFEFF', '\u0000', '\uD800', '\u202E', '\u200B', '\u00A0', '\u3000', '\u2060', '\u2066', '\u2069'];

function fail(message: string, detail?: unknown): never {
  throw new Error(detail === undefined ? message : `${message}: ${String(JSON.stringify(detail)).slice(0, 300)}`);
}

/** The built-in prototypes as they were before any fuzz input was parsed. */
const PRISTINE = new Map<object, string>([Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => [p, Reflect.ownKeys(p).map(String).join('|')]));

function checkPrototypesUntouched(): void {
  for (const [prototype, keys] of PRISTINE) {
    if (Reflect.ownKeys(prototype).map(String).join('|') !== keys) fail('a built-in prototype gained or lost a property');
  }
  if ((({}) as Record<string, unknown>).polluted !== undefined) fail('Object.prototype was polluted');
}

/** Every object in a loaded map is a plain object or array without hostile own keys. */
function checkPlain(value: unknown, path: string): void {
  if (value === null || typeof value !== 'object') return;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype) fail(`${path} has a foreign prototype`);
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string') fail(`${path} has a symbol key`);
    if (Array.isArray(value) && key === 'length') continue;
    if ((HOSTILE_KEYS as readonly string[]).includes(key)) fail(`${path} kept the key ${key}`);
    checkPlain((value as Record<string, unknown>)[key], `${path}.${key}`);
  }
}

/** Either a map that survives its own round trip, or 1..MAX_PROBLEMS problems, each a path and a sentence. */
export function checkResult(result: ParseResult): void {
  checkPrototypesUntouched();
  if (result.ok === true) {
    checkPlain(result.map, 'map');
    const again = parseMap(serializeMap(result.map));
    if (!again.ok) fail('a loaded map does not load again after saving', again.problems);
    if (serializeMap(again.map) !== serializeMap(result.map)) fail('a loaded map changes when saved and loaded again');
    return;
  }
  if (result.ok !== false) fail('the result is neither ok nor not ok');
  const { problems } = result;
  if (!Array.isArray(problems) || problems.length === 0) fail('a refused input has no problems');
  if (problems.length > MAX_PROBLEMS) fail(`more than ${MAX_PROBLEMS} problems`);
  for (const problem of problems) {
    if (!Array.isArray(problem.path)) fail('a problem without a path', problem);
    for (const segment of problem.path) {
      const fine = typeof segment === 'string' || (typeof segment === 'number' && Number.isInteger(segment) && segment >= 0);
      if (!fine) fail('a path segment is neither a key nor an index', problem);
    }
    if (typeof problem.message !== 'string' || problem.message.trim() === '') fail('a problem without a message', problem);
    if (formatProblem(problem) === '') fail('a problem formats to nothing', problem);
  }
}

/** A syntax error names a line and a column that exist in the text. */
export function checkSyntaxReport(text: string, result: ParseResult): void {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (json.trim() === '' || new TextEncoder().encode(text).length > 5 * 1024 * 1024) return;
  try {
    JSON.parse(json);
    return;
  } catch {
    // Not JSON: the report must locate the error.
  }
  if (result.ok) fail('text that is not JSON loaded as a map');
  const match = /^not valid JSON at line (\d+), column (\d+): ./.exec(result.problems[0]?.message ?? '');
  if (!match) fail('a syntax error without line and column', result.problems);
  const lines = json.split('\n');
  const line = Number(match[1]);
  const column = Number(match[2]);
  if (line < 1 || line > lines.length) fail(`line ${line} is outside the text`);
  if (column < 1 || column > (lines[line - 1] as string).length + 1) fail(`column ${column} is outside line ${line}`);
}

/** Parses a value and its JSON text; checks both results and that the value was not mutated. */
function checkValue(value: unknown): void {
  const before = JSON.stringify(value);
  checkResult(parseMap(value));
  if (JSON.stringify(value) !== before) fail('parseMap changed its input');
  if (before !== undefined) checkText(before);
}

function checkText(text: string): void {
  const result = parseMap(text);
  checkResult(result);
  checkSyntaxReport(text, result);
}

/** Defines an own property even for `__proto__`, as JSON.parse does (plain assignment would set the prototype). */
function defineOwn(target: object, key: string, value: unknown): void {
  // A copy: generated constants are shared between runs, and a later mutation must not change them or make a cycle.
  Object.defineProperty(target, key, { value: structuredClone(value), enumerable: true, writable: true, configurable: true });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface ValueMutation {
  /** Child choices from the root, each taken modulo the number of children there. */
  walk: number[];
  op: 'replace' | 'delete' | 'addKey' | 'duplicate';
  key: string;
  value: unknown;
}

function childKeys(node: unknown): string[] {
  return node !== null && typeof node === 'object' ? Object.keys(node) : [];
}

/** Applies one mutation to a JSON tree in place (the tree is a fresh copy each run). */
function mutate(root: { value: unknown }, { walk, op, key, value }: ValueMutation): void {
  let parent: Record<string, unknown> = root;
  let slot = 'value';
  for (const choice of walk) {
    const keys = childKeys(parent[slot]);
    if (keys.length === 0) break;
    parent = parent[slot] as Record<string, unknown>;
    slot = keys[choice % keys.length] as string;
  }
  const here = parent[slot];
  if (op === 'replace') defineOwn(parent, slot, value);
  else if (op === 'delete' && Array.isArray(parent)) parent.splice(Number(slot), 1);
  else if (op === 'delete') delete parent[slot];
  else if (op === 'duplicate' && Array.isArray(parent)) parent.splice(Number(slot), 0, structuredClone(here));
  else if (here !== null && typeof here === 'object' && !Array.isArray(here)) defineOwn(here, key, value);
  else if (!Array.isArray(parent)) defineOwn(parent, key, value);
}

const anyKey = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.constantFrom(...FIELD_KEYS, ...OTHER_KEYS), fc.string({ maxLength: 8 }));
const hostileValue = fc.constantFrom<unknown>(
  { polluted: true },
  { prototype: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  '<img src=x onerror="globalThis.polluted=1">',
  'javascript:alert(1)',
  '\u200B',
  '\u00A0\u3000\t',
  '\u202Etxt.exe',
  'w'.repeat(500),
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostileValue, fc.string({ unit: 'binary', maxLength: 20 }));
const valueMutation: fc.Arbitrary<ValueMutation> = fc.record({
  walk: fc.array(fc.nat(), { maxLength: 6 }),
  op: fc.constantFrom('replace', 'delete', 'addKey', 'duplicate'),
  key: anyKey,
  value: anyValue,
});
const textEdit = fc.record({
  at: fc.nat(),
  cut: fc.nat({ max: 8 }),
  insert: fc.oneof(fc.constantFrom(...JSON_PIECES), fc.string({ unit: 'binary', maxLength: 4 }), fc.constant('')),
});
const jsonish = fc.string({ unit: fc.constantFrom(...JSON_PIECES, 'a', '"a":', 'causeway-map'), maxLength: 40 });

/** The properties over the seed map's file text (any valid map text works as the seed). */
export function parserFuzzProperties(seedText: string): FuzzProperty[] {
  const seedValue = JSON.parse(seedText) as Json;
  const seedBytes = new TextEncoder().encode(seedText);
  const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
  return [
    {
      name: 'any JSON value, and its text',
      weight: 2,
      property: fc.property(fc.jsonValue(), (value) => checkValue(value)),
    },
    {
      name: 'any text: Unicode, lone surrogates, JSON-like fragments',
      weight: 2,
      property: fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), jsonish, fc.json()), (text) => checkText(text)),
    },
    {
      name: 'any byte string, decoded as a file is',
      weight: 1,
      property: fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => checkText(decode(bytes))),
    },
    {
      name: 'the seed file with bytes flipped',
      weight: 1,
      property: fc.property(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), (flips) => {
        const bytes = seedBytes.slice();
        for (const [at, byte] of flips) bytes[at % bytes.length] = byte;
        checkText(decode(bytes));
      }),
    },
    {
      name: 'the seed file text with edits that make or break JSON',
      weight: 2,
      property: fc.property(fc.array(textEdit, { minLength: 1, maxLength: 5 }), (edits) => {
        let text = seedText;
        for (const { at, cut, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        checkText(text);
      }),
    },
    {
      name: 'the seed map with values replaced, deleted, duplicated and keys added (hostile ones too)',
      weight: 2,
      property: fc.property(fc.array(valueMutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const root = { value: structuredClone(seedValue) as unknown };
        for (const mutation of mutations) mutate(root, mutation);
        checkValue(root.value);
      }),
    },
    {
      name: 'the seed map with a label, link label, title or citation made invisible, bidi-overridden or long and unbroken',
      weight: 1,
      property: fc.property(fc.constantFrom('node', 'edge', 'title', 'citation'), fc.nat(), hostileText, (field, pick, text) => {
        const map = structuredClone(seedValue) as { meta: { title: string }; nodes: { label: string; sources: { citation: string }[] }[]; edges: { label?: string }[] };
        const node = map.nodes[pick % map.nodes.length] as (typeof map.nodes)[number];
        const edge = map.edges[pick % map.edges.length] as (typeof map.edges)[number];
        const index = (list: readonly unknown[], item: unknown) => list.indexOf(item);
        let path: (string | number)[];
        if (field === 'node') {
          node.label = text;
          path = ['nodes', index(map.nodes, node), 'label'];
        } else if (field === 'edge') {
          edge.label = text;
          path = ['edges', index(map.edges, edge), 'label'];
        } else if (field === 'title') {
          map.meta.title = text;
          path = ['meta', 'title'];
        } else {
          const withSource = map.nodes.find((claim) => claim.sources.length > 0);
          if (!withSource) return;
          (withSource.sources[0] as { citation: string }).citation = text;
          path = ['nodes', index(map.nodes, withSource), 'sources', 0, 'citation'];
        }
        const result = parseMap(map);
        checkResult(result);
        const where = formatPath(path);
        if (!hasVisibleCharacter(text)) {
          if (result.ok) fail(`a ${field} with nothing visible loaded`, text);
          if (!result.problems.some((p) => formatPath(p.path) === where && p.message === NO_VISIBLE_CHARACTER)) {
            fail(`no "${NO_VISIBLE_CHARACTER}" at ${where}`, result.problems);
          }
        }
        checkValue(map);
      }),
    },
    {
      name: "'__proto__', 'constructor' and 'prototype' keys at every level of the seed map",
      weight: 1,
      property: fc.property(fc.constantFrom(...HOSTILE_KEYS), hostileValue, fc.nat(), (key, value, pick) => {
        const root = { value: structuredClone(seedValue) as unknown };
        const objects: object[] = [];
        const collect = (node: unknown): void => {
          if (node === null || typeof node !== 'object') return;
          if (!Array.isArray(node)) objects.push(node);
          for (const child of Object.values(node)) collect(child);
        };
        collect(root.value);
        const target = objects[pick % objects.length] as object;
        defineOwn(target, key, value);
        const result = parseMap(root.value);
        if (result.ok) fail(`a map with a '${key}' key loaded`);
        checkValue(root.value);
      }),
    },
  ];
}

/** Splits `total` runs over the properties by weight (at least one run each). */
export function runsFor(properties: readonly FuzzProperty[], total: number): number[] {
  const weights = properties.reduce((sum, p) => sum + p.weight, 0);
  return properties.map((p) => Math.max(1, Math.ceil((total * p.weight) / weights)));
}
