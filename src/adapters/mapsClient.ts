// The browser's client for the maps API: list the maps in maps/ and fetch one file's text with its version tag.
import { z } from 'zod';

export interface MapSummary {
  name: string;
  title: string;
  valid: boolean;
}

export interface MapFile {
  name: string;
  version: string;
  content: string;
}

export type Fetched<T> = { ok: true; value: T } | { ok: false; message: string };

const listSchema = z.object({
  maps: z.array(z.object({ name: z.string(), title: z.string(), valid: z.boolean() })),
});
const fileSchema = z.object({ name: z.string(), version: z.string(), content: z.string() });
const errorSchema = z.object({ error: z.string() });

async function getJson<T>(url: string, schema: z.ZodType<T>): Promise<Fetched<T>> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } });
  } catch {
    return { ok: false, message: 'the server could not be reached; is `npm start` running?' };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, message: `the server answered ${response.status} ${response.statusText} without a readable body` };
  }
  if (!response.ok) {
    const error = errorSchema.safeParse(body);
    return { ok: false, message: error.success ? error.data.error : `the server answered ${response.status} ${response.statusText}` };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: 'the server sent an answer this app does not understand' };
}

export async function listMaps(): Promise<Fetched<MapSummary[]>> {
  const result = await getJson('/api/maps', listSchema);
  return result.ok ? { ok: true, value: result.value.maps } : result;
}

export function fetchMapFile(name: string): Promise<Fetched<MapFile>> {
  return getJson(`/api/maps/${encodeURIComponent(name)}`, fileSchema);
}
