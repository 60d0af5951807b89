// The browser's save client: PUT a map back to maps/NAME.json, guarded by the version it was loaded from.
import * as z from 'zod/mini';
import type { Problem } from '../model/problems.ts';
import type { ArgumentMap } from '../model/schema.ts';
import { serializeMap } from '../model/serializeMap.ts';

/** Save over the version loaded (`ifMatch`), or create a map that must not exist yet. */
export type SaveCondition = { ifMatch: string } | { create: true };

export type SaveOutcome =
  | { kind: 'saved'; version: string; created: boolean }
  /** Someone changed (or created, or deleted) the file since; `currentVersion` is null when it is gone. */
  | { kind: 'conflict'; currentVersion: string | null; message: string }
  | { kind: 'invalid'; problems: Problem[]; message: string }
  | { kind: 'unreachable'; message: string }
  | { kind: 'error'; status: number; message: string };

const savedSchema = z.object({ version: z.string() });
const conflictSchema = z.object({ error: z.string(), version: z.optional(z.nullable(z.string())) });
const invalidSchema = z.object({
  error: z.string(),
  problems: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
});
const errorSchema = z.object({ error: z.string() });

export interface SaveOptions {
  /** Where the API lives; the page's own server unless a test says otherwise. */
  baseUrl?: string;
}

export async function saveMap(name: string, map: ArgumentMap, condition: SaveCondition, options: SaveOptions = {}): Promise<SaveOutcome> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' };
  if ('ifMatch' in condition) headers['if-match'] = condition.ifMatch;
  else headers['if-none-match'] = '*';
  let response: Response;
  try {
    response = await fetch(`${options.baseUrl ?? ''}/api/maps/${encodeURIComponent(name)}`, {
      method: 'PUT',
      headers,
      body: serializeMap(map),
    });
  } catch {
    return { kind: 'unreachable', message: 'The server could not be reached, so the map was not saved. Your edits are kept in this browser.' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const saved = savedSchema.safeParse(body);
    const version = saved.success ? saved.data.version : response.headers.get('etag');
    if (version) return { kind: 'saved', version, created: response.status === 201 };
    return { kind: 'error', status: response.status, message: 'The server saved the map but did not say which version it wrote.' };
  }
  if (response.status === 409) {
    const conflict = conflictSchema.safeParse(body);
    return {
      kind: 'conflict',
      currentVersion: conflict.success ? (conflict.data.version ?? null) : response.headers.get('etag'),
      message: conflict.success ? conflict.data.error : `maps/${name}.json changed on disk since it was loaded`,
    };
  }
  if (response.status === 400) {
    const invalid = invalidSchema.safeParse(body);
    if (invalid.success) return { kind: 'invalid', problems: invalid.data.problems, message: invalid.data.error };
  }
  const error = errorSchema.safeParse(body);
  return {
    kind: 'error',
    status: response.status,
    message: error.success ? error.data.error : `the server answered ${response.status} ${response.statusText}`,
  };
}
