// The maps API over a folder of map files: list and read (GET); mounted by the Vite dev and preview servers.
import { readdir, readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { parseMap } from '../model/parseMap';

export interface MapsApiOptions {
  /** Folder holding the maps/*.json files. */
  dir: string;
}

export const MAP_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface MapListEntry {
  name: string;
  title: string;
  valid: boolean;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/** The version tag of a file's content; a later save sends it back so a changed file is detected. */
export function versionTag(mtimeMs: number, size: number): string {
  return `"${Math.trunc(mtimeMs).toString(36)}-${size.toString(36)}"`;
}

async function listMaps(dir: string): Promise<MapListEntry[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json') && MAP_NAME.test(f.slice(0, -5))).sort();
  return Promise.all(
    files.map(async (file) => {
      const name = file.slice(0, -5);
      const parsed = parseMap(await readFile(path.join(dir, file), 'utf8'));
      return { name, title: parsed.ok ? parsed.map.meta.title : name, valid: parsed.ok };
    }),
  );
}

/** Handles /api/maps requests; returns false for any other URL so the host server carries on. */
export async function handleMapsApi(req: IncomingMessage, res: ServerResponse, options: MapsApiOptions): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/api/maps' && !url.pathname.startsWith('/api/maps/')) return false;
  try {
    if (url.pathname === '/api/maps' || url.pathname === '/api/maps/') {
      if (req.method !== 'GET') return send(res, 405, { error: 'use GET' }, { allow: 'GET' }), true;
      send(res, 200, { maps: await listMaps(options.dir) });
      return true;
    }
    const name = decodeURIComponent(url.pathname.slice('/api/maps/'.length));
    if (!MAP_NAME.test(name)) {
      send(res, 400, { error: `'${name}' is not a map name: use lowercase letters, digits and hyphens` });
      return true;
    }
    if (req.method !== 'GET') {
      send(res, 405, { error: 'use GET' }, { allow: 'GET' });
      return true;
    }
    const file = path.join(options.dir, `${name}.json`);
    let content: string;
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      [content, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    } catch {
      send(res, 404, { error: `there is no map '${name}'` });
      return true;
    }
    const tag = versionTag(info.mtimeMs, info.size);
    send(res, 200, { name, version: tag, content }, { etag: tag });
  } catch (error) {
    send(res, 500, { error: error instanceof Error ? error.message : 'the server failed' });
  }
  return true;
}
