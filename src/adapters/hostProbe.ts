// Whether the site has the maps API, asked without a failing request: a 404 for /api/… on a plain web host is a console error on every load.

/**
 * The build carries this file saying `{"mapsApi": false}`; a server with the maps API (npm start, npm run preview)
 * answers the same address with `{"mapsApi": true}` before its static files. Both answer 200, so asking logs nothing.
 */
export const HOST_PROBE_FILE = 'causeway-host.json';

/** true: the API is there; false: a plain web host (edits stay in the browser until downloaded); null: unknown, so try the API. */
export type HostProbe = boolean | null;

let asked: Promise<HostProbe> | null = null;

/** What the site says, asked once per page (index.html's early script may have asked already: `started`). */
export function probeMapsApi(started?: Promise<HostProbe>): Promise<HostProbe> {
  asked ??= started ?? readProbe(fetch(`${import.meta.env.BASE_URL}${HOST_PROBE_FILE}`, { headers: { accept: 'application/json' } }));
  return asked;
}

export async function readProbe(response: Promise<Response>): Promise<HostProbe> {
  try {
    const answer = await response;
    if (!answer.ok) return null;
    const body = (await answer.json()) as unknown;
    const said = body !== null && typeof body === 'object' ? (body as { mapsApi?: unknown }).mapsApi : undefined;
    return typeof said === 'boolean' ? said : null;
  } catch {
    return null;
  }
}
