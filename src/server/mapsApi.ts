// The maps API router: GET /api/maps, GET, PUT and DELETE /api/maps/NAME, POST …/NAME/rename, the trash (GET /api/trash,
// POST /api/trash/ID/restore) over a folder of map files, behind the origin check.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_FILE_BYTES } from '../model/parseJsonText.ts';
import { parseMap } from '../model/parseMap.ts';
import { formatProblem } from '../model/problems.ts';
import { serializeMap } from '../model/serializeMap.ts';
import { ClientGone, HttpError, sendError, sendJson } from './httpResponse.ts';
import { MapFolder, type SavePrecondition } from './mapFolder.ts';
import { MapMoves } from './mapMoves.ts';
import { moveBodyName, requireIfMatch, TRASH_PREFIX, trashRoute } from './mapMovesRoutes.ts';
import { parseMapName } from './mapName.ts';
import { readBody } from './readBody.ts';
import { foreignRequestReason } from './requestOrigin.ts';

export interface MapsApiOptions {
  /** Folder holding the maps/*.json files. */
  dir: string;
  /** Host names besides localhost, 127.0.0.1 and [::1] under which the app is served (`.example.com` = subdomains too). */
  allowedHosts?: readonly string[];
  /** The whole PUT body must arrive within this time (default 15 s). */
  bodyTimeoutMs?: number;
}

/** Handles /api/maps requests; resolves false for any other URL so the host server carries on. */
export type MapsApiHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

const PREFIX = '/api/maps';
export const DEFAULT_BODY_TIMEOUT_MS = 15_000;

/**
 * The raw path, not a URL-normalized one: `new URL` would fold `/api/maps/../x` into `/api/x` and hand the
 * request to the host server, where it must instead be refused here as a bad name.
 */
function route(rawUrl: string):
  | { kind: 'list' }
  | { kind: 'map'; segment: string }
  | { kind: 'rename'; segment: string }
  | { kind: 'trash' }
  | { kind: 'restore'; segment: string }
  | undefined {
  const pathname = rawUrl.split(/[?#]/, 1)[0] ?? '';
  if (pathname === PREFIX || pathname === `${PREFIX}/`) return { kind: 'list' };
  if (pathname.startsWith(`${PREFIX}/`)) {
    const segment = pathname.slice(PREFIX.length + 1);
    return segment.endsWith('/rename') ? { kind: 'rename', segment: segment.slice(0, -'/rename'.length) } : { kind: 'map', segment };
  }
  if (pathname === TRASH_PREFIX || pathname.startsWith(`${TRASH_PREFIX}/`)) return trashRoute(pathname);
  return undefined;
}

function methodNotAllowed(allow: string): HttpError {
  return new HttpError(405, `use ${allow.split(', ').join(' or ')}`, {}, { allow });
}

function requireJson(req: IncomingMessage): void {
  const [type = '', ...params] = (req.headers['content-type'] ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = params.find((param) => param.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (type !== 'application/json' || (charset !== undefined && charset !== 'utf-8')) {
    throw new HttpError(415, 'send the map as content-type: application/json (UTF-8)');
  }
}

function precondition(req: IncomingMessage): SavePrecondition {
  const ifMatch = req.headers['if-match'];
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifMatch !== undefined && ifNoneMatch !== undefined) {
    throw new HttpError(400, 'send If-Match (save over a version) or If-None-Match: * (create), not both');
  }
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() !== '*') throw new HttpError(400, 'If-None-Match on a save must be *');
    return { ifNoneMatch: '*' };
  }
  if (ifMatch !== undefined) return { ifMatch };
  throw new HttpError(
    428,
    'say which version this save replaces: If-Match with the version you loaded (or *), or If-None-Match: * for a new map',
  );
}

async function save(req: IncomingMessage, res: ServerResponse, folder: MapFolder, name: string, timeoutMs: number): Promise<void> {
  requireJson(req);
  const condition = precondition(req);
  const body = await readBody(req, { maxBytes: MAX_FILE_BYTES, timeoutMs });
  const parsed = parseMap(body);
  if (!parsed.ok) {
    const problems = parsed.problems.map((problem) => ({ ...problem, text: formatProblem(problem) }));
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    throw new HttpError(400, `the map was not saved: it has ${count}`, { problems });
  }
  const content = serializeMap(parsed.map);
  if (Buffer.byteLength(content) > MAX_FILE_BYTES) {
    throw new HttpError(413, 'the formatted map would be larger than 5 MB, the most a map file may hold');
  }
  const result = await folder.save(name, content, condition);
  const location = `${PREFIX}/${name}`;
  sendJson(res, result.created ? 201 : 200, { name, version: result.version }, {
    etag: result.version,
    ...(result.created ? { location } : {}),
  });
}

export function createMapsApi(options: MapsApiOptions): MapsApiHandler {
  const folder = new MapFolder(options.dir);
  const moves = new MapMoves(folder);
  const allowedHosts = options.allowedHosts ?? [];
  const timeoutMs = options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;

  return async (req, res) => {
    const target = route(req.url ?? '/');
    if (!target) return false;
    try {
      const foreign = foreignRequestReason(req.headers, allowedHosts);
      if (foreign) throw new HttpError(403, foreign);
      if (target.kind === 'list') {
        if (req.method !== 'GET') throw methodNotAllowed('GET');
        sendJson(res, 200, { maps: await folder.list() });
        return true;
      }
      if (target.kind === 'trash') {
        if (req.method !== 'GET') throw methodNotAllowed('GET');
        sendJson(res, 200, { trash: await moves.listTrash() });
        return true;
      }
      if (target.kind === 'restore') {
        if (req.method !== 'POST') throw methodNotAllowed('POST');
        const as = await moveBodyName(req, timeoutMs, false);
        const restored = await moves.restore(target.segment, as);
        sendJson(res, 201, restored, { etag: restored.version, location: `${PREFIX}/${restored.name}` });
        return true;
      }
      const name = parseMapName(target.segment);
      if (!name.ok) throw new HttpError(400, name.error);
      if (target.kind === 'rename') {
        if (req.method !== 'POST') throw methodNotAllowed('POST');
        const ifMatch = requireIfMatch(req, 'rename');
        const to = await moveBodyName(req, timeoutMs, true);
        const renamed = await moves.rename(name.name, to ?? '', ifMatch);
        sendJson(res, 200, renamed, { etag: renamed.version, location: `${PREFIX}/${renamed.name}` });
      } else if (req.method === 'GET') {
        const stored = await folder.read(name.name);
        sendJson(res, 200, stored, { etag: stored.version });
      } else if (req.method === 'PUT') {
        await save(req, res, folder, name.name, timeoutMs);
      } else if (req.method === 'DELETE') {
        const trashed = await moves.delete(name.name, requireIfMatch(req, 'delete'));
        sendJson(res, 200, { trashed });
      } else {
        throw methodNotAllowed('GET, PUT, DELETE');
      }
    } catch (error) {
      if (error instanceof ClientGone) return true;
      const refusal = error instanceof HttpError ? error : new HttpError(500, `the server failed: ${error instanceof Error ? error.message : String(error)}`);
      sendError(req, res, refusal);
    }
    return true;
  };
}
