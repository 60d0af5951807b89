// Writes a map as diff-friendly JSON: stable key order, 2-space indent, newline at the end.
import { type ArgumentMap, SCHEMA_REF } from './schema.ts';

/** One order serves every object in the file (meta, claims, relations, citations); unknown keys sort last. */
const KEY_ORDER = [
  '$schema', 'format', 'version', 'meta', 'layout', 'story', 'nodes', 'edges',
  'author', 'title', 'summary', 'id', 'source', 'target', 'relation', 'kind', 'label', 'joint', 'text', 'status',
  'date', 'venue', 'place', 'sources', 'position', 'x', 'y', 'citation', 'quote', 'locator', 'url', 'note',
  'direction',
];
const RANK = new Map(KEY_ORDER.map((key, i) => [key, i]));

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (RANK.get(a) ?? KEY_ORDER.length) - (RANK.get(b) ?? KEY_ORDER.length) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, ordered(v)]));
}

export function serializeMap(map: ArgumentMap): string {
  return `${JSON.stringify(ordered({ ...map, $schema: SCHEMA_REF }), null, 2)}\n`;
}
