// The browser's client for the maps API (list, fetch with version tag, rename, trash), falling back to the maps a static build carries.
import * as z from 'zod/mini';
import { earlyHostProbe, mapApiUrl } from './earlyMapFetch.ts';
import { probeMapsApi } from './hostProbe.ts';

export interface MapSummary {
  name: string;
  title: string;
  valid: boolean;
  /** When the file last changed (ISO 8601); absent in a static build's list. */
  modified?: string;
}

export interface TrashedMap {
  id: string;
  name: string;
  title: string;
  deletedAt: string;
}

export interface MapFile {
  name: string;
  version: string;
  content: string;
  /** 'static' when no maps API answered and the file came from the build's own copy (a plain web host: no saving). */
  source: 'server' | 'static';
}

export type Fetched<T> = { ok: true; value: T } | { ok: false; message: string; reachedApi?: boolean };

const listSchema = z.object({
  maps: z.array(z.object({ name: z.string(), title: z.string(), valid: z.boolean(), modified: z.optional(z.string()) })),
});
const trashedSchema = z.object({ id: z.string(), name: z.string(), title: z.string(), deletedAt: z.string() });
const trashSchema = z.object({ trash: z.array(trashedSchema) });
const movedSchema = z.object({ name: z.string(), version: z.string() });
const fileSchema = z.object({ name: z.string(), version: z.string(), content: z.string() });
const staticBase = `${import.meta.env.BASE_URL}maps/`;
const errorSchema = z.object({ error: z.string() });

/** `started` is a request for `url` already under way (index.html's early one); `init` makes it another method than GET. */
async function getJson<T>(url: string, schema: z.ZodMiniType<T>, started?: Promise<Response>, init?: RequestInit): Promise<Fetched<T>> {
  let response: Response;
  try {
    response = await (started ?? fetch(url, { ...init, headers: { accept: 'application/json', ...init?.headers } }));
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
    return error.success
      ? { ok: false, message: error.data.error, reachedApi: true }
      : { ok: false, message: `the server answered ${response.status} ${response.statusText}` };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: 'the server sent an answer this app does not understand' };
}

/** No maps API here: the site's probe file said so, so /api/… is never asked (its 404 would be a console error). */
async function staticHost(): Promise<boolean> {
  return (await probeMapsApi(earlyHostProbe())) === false;
}

export async function listMaps(): Promise<Fetched<MapSummary[]>> {
  if (await staticHost()) {
    const bundled = await getJson(`${staticBase}index.json`, listSchema);
    return bundled.ok ? { ok: true, value: bundled.value.maps } : bundled;
  }
  const result = await getJson('/api/maps', listSchema);
  if (result.ok) return { ok: true, value: result.value.maps };
  if (result.reachedApi) return result;
  const bundled = await getJson(`${staticBase}index.json`, listSchema);
  return bundled.ok ? { ok: true, value: bundled.value.maps } : result;
}

async function fetchBundledMap(name: string): Promise<Fetched<MapFile>> {
  let response: Response;
  try {
    response = await fetch(`${staticBase}${encodeURIComponent(name)}.json`, { headers: { accept: 'application/json' } });
  } catch {
    return { ok: false, message: 'the map could not be fetched: the network is unreachable' };
  }
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || type.includes('text/html')) return { ok: false, message: `there is no map '${name}' on this site` };
  return { ok: true, value: { name, version: 'static', content: await response.text(), source: 'static' } };
}

export async function fetchMapFile(name: string, started?: Promise<Response | null>): Promise<Fetched<MapFile>> {
  const early = started ? await started.catch(() => undefined) : undefined;
  if (early === null || (await staticHost())) return fetchBundledMap(name);
  const result = await getJson(mapApiUrl(name), fileSchema, early ? Promise.resolve(early) : undefined);
  if (result.ok) return { ok: true, value: { ...result.value, source: 'server' } };
  if (result.reachedApi) return result;
  const bundled = await fetchBundledMap(name);
  return bundled.ok ? bundled : result;
}

function changeHeaders(version: string): Record<string, string> {
  return { 'content-type': 'application/json; charset=utf-8', 'if-match': version };
}

/** Gives maps/`from`.json the name `to` (refused when `to` exists or the file changed since `version`). */
export async function renameMapFile(from: string, to: string, version: string): Promise<Fetched<{ name: string; version: string }>> {
  const url = `${mapApiUrl(from)}/rename`;
  return getJson(url, movedSchema, undefined, { method: 'POST', headers: changeHeaders(version), body: JSON.stringify({ to }) });
}

/** Moves maps/`name`.json into the trash inside maps/ (refused when the file changed since `version`). */
export async function trashMapFile(name: string, version: string): Promise<Fetched<TrashedMap>> {
  const result = await getJson(mapApiUrl(name), z.object({ trashed: trashedSchema }), undefined, { method: 'DELETE', headers: { 'if-match': version } });
  return result.ok ? { ok: true, value: result.value.trashed } : result;
}

export async function listTrash(): Promise<Fetched<TrashedMap[]>> {
  if (await staticHost()) return { ok: true, value: [] };
  const result = await getJson('/api/trash', trashSchema);
  return result.ok ? { ok: true, value: result.value.trash } : result;
}

/** Puts a deleted map back under its own name, or under `as`; refused when that name is taken now. */
export async function restoreMapFile(id: string, as?: string): Promise<Fetched<{ name: string; version: string }>> {
  const body = as === undefined ? '' : JSON.stringify({ to: as });
  return getJson(`/api/trash/${encodeURIComponent(id)}/restore`, movedSchema, undefined, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body,
  });
}
