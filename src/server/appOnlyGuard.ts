// Guards everything the dev and preview servers answer: no other web page reads any of it, and maps/ is reached only through the maps API.
import path from 'node:path';
import type { Connect } from 'vite';
import { sameOrigin } from './requestOrigin.ts';

export interface Refusal {
  status: number;
  message: string;
}

function isMapsPath(rawUrl: string): boolean {
  const raw = rawUrl.split(/[?#]/, 1)[0] ?? '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = raw;
  }
  const normal = path.posix.normalize(`/${decoded.replace(/\\/g, '/')}`).toLowerCase();
  return normal === '/maps' || normal.startsWith('/maps/');
}

/**
 * Why the request must be refused, or undefined. Browsers say where a request comes from (Sec-Fetch-Site, and Origin
 * on any cross-origin fetch): a page on another port of this machine is `same-site`, another name `cross-site`, and
 * both are refused, whether they fetch, embed a script or frame a page. Only a link followed to the app (a top-level
 * navigation) comes through, and the other page cannot read what it opens. Tools that send neither header pass.
 */
export function appOnlyRefusal(req: Pick<Connect.IncomingMessage, 'url' | 'method' | 'headers'>): Refusal | undefined {
  const { headers } = req;
  const site = headers['sec-fetch-site'];
  const navigation = headers['sec-fetch-mode'] === 'navigate' && headers['sec-fetch-dest'] === 'document' && (req.method === 'GET' || req.method === 'HEAD');
  if ((site === 'same-site' || site === 'cross-site') && !navigation) {
    return { status: 403, message: 'Causeway answers only its own pages: another web page may not read from this server.' };
  }
  const origin = headers.origin;
  if (origin !== undefined && !navigation && (headers.host === undefined || !sameOrigin(origin, headers.host))) {
    return { status: 403, message: `Causeway answers only its own pages: requests from ${JSON.stringify(origin)} are refused.` };
  }
  if (isMapsPath(req.url ?? '/')) {
    return { status: 404, message: 'Maps are not served as files here; the app reads them through /api/maps.' };
  }
  return undefined;
}

/** Mounted first on both servers. Every answer also tells the browser not to hand it to another origin's page (CORP). */
export function appOnlyGuard(): Connect.NextHandleFunction {
  return (req, res, next) => {
    res.setHeader('cross-origin-resource-policy', 'same-origin');
    const refusal = appOnlyRefusal(req);
    if (!refusal) return next();
    res.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(`${refusal.message}\n`);
  };
}
