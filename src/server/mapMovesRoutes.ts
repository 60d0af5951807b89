// The request side of renaming, deleting and restoring maps: the trash's routes, the If-Match they need, the new name they carry.
import type { IncomingMessage } from 'node:http';
import { HttpError } from './httpResponse.ts';
import { parseMapName } from './mapName.ts';
import { readBody } from './readBody.ts';

export const TRASH_PREFIX = '/api/trash';

/**
 * `/api/trash` lists; `/api/trash/ID/restore` puts one back. The segment is decoded here; anything else under the
 * prefix (or a segment that is not valid percent-encoding) becomes an empty id, which the restore refuses with 400.
 */
export function trashRoute(pathname: string): { kind: 'trash' } | { kind: 'restore'; segment: string } {
  if (pathname === TRASH_PREFIX || pathname === `${TRASH_PREFIX}/`) return { kind: 'trash' };
  const rest = pathname.slice(TRASH_PREFIX.length + 1);
  if (!rest.endsWith('/restore')) return { kind: 'restore', segment: '' };
  try {
    return { kind: 'restore', segment: decodeURIComponent(rest.slice(0, -'/restore'.length)) };
  } catch {
    return { kind: 'restore', segment: '' };
  }
}

/** Renaming and deleting change a file someone may have changed since: like a save, they say which version they mean. */
export function requireIfMatch(req: IncomingMessage, what: 'rename' | 'delete'): string {
  const ifMatch = req.headers['if-match'];
  if (ifMatch === undefined) throw new HttpError(428, `say which version this ${what} applies to: If-Match with the version you loaded (or *)`);
  return ifMatch;
}

/** The `{"to": "new-name"}` body of a rename (required) or a restore (optional: the map's own name otherwise). */
export async function moveBodyName(req: IncomingMessage, timeoutMs: number, required: boolean): Promise<string | undefined> {
  const text = await readBody(req, { maxBytes: 4096, timeoutMs });
  if (text.trim() === '' && !required) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'send the new name as JSON: {"to": "new-name"}');
  }
  const to = body !== null && typeof body === 'object' && 'to' in body ? body.to : undefined;
  if (to === undefined && !required) return undefined;
  if (typeof to !== 'string') throw new HttpError(400, 'send the new name as JSON: {"to": "new-name"}');
  const name = parseMapName(encodeURIComponent(to));
  if (!name.ok) throw new HttpError(400, name.error);
  return name.name;
}
