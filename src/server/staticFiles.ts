// Serves the built app's files (and nothing else) for the production server: safe paths, types, caching and gzip.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text compresses to a quarter or less; fonts, images and wasm are sent as they are (wasm and ttf are large but read once). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.map', '.svg', '.txt']);

/**
 * The file a URL path names inside `root`, or undefined. Decoding happens once, `..` and backslashes cannot leave the
 * folder, and dot-files (`.causeway-build`) are never served.
 */
export function resolveStaticPath(root: string, rawUrl: string): string | undefined {
  const raw = rawUrl.split(/[?#]/, 1)[0] ?? '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const normal = path.posix.normalize(decoded);
  if (!normal.startsWith('/') || normal.split('/').some((part) => part.startsWith('.'))) return undefined;
  const relative = normal === '/' ? 'index.html' : normal.slice(1);
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : undefined;
}

interface Compressed {
  mtimeMs: number;
  body: Buffer;
}

/** Handles GET/HEAD for the built files; resolves false when no such file exists so the server answers 404. */
export function createStaticFiles(distDir: string): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const root = path.resolve(distDir);
  // Built files change only with a rebuild (a restart); the mtime check covers a rebuild under a running server.
  const gzipped = new Map<string, Compressed>();
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const file = resolveStaticPath(root, req.url ?? '/');
    if (file === undefined) return false;
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return false;
    const ext = path.extname(file).toLowerCase();
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      // Hashed names under assets/ never change content; index.html and the rest are checked each time.
      'cache-control': file.startsWith(path.join(root, 'assets') + path.sep) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (COMPRESSIBLE.has(ext) && acceptsGzip) {
      let cached = gzipped.get(file);
      if (cached?.mtimeMs !== info.mtimeMs) {
        cached = { mtimeMs: info.mtimeMs, body: gzipSync(await readFile(file)) };
        gzipped.set(file, cached);
      }
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': String(cached.body.length) });
      res.end(req.method === 'HEAD' ? undefined : cached.body);
      return true;
    }
    res.writeHead(200, { ...headers, 'content-length': String(info.size) });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  };
}
