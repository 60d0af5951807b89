// Test support for the maps API: a temporary copy of maps/ with builder maps, and raw HTTP requests (paths sent unnormalized).
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { ArgumentMap } from '../model/schema.ts';
import { serializeMap } from '../model/serializeMap.ts';
import { aChain, aClaim, aMap } from '../model/testBuilders.ts';

export interface TempMaps {
  /** The temp root; `dir` is its maps/ folder, so `root/outside.json` lies just outside it. */
  root: string;
  dir: string;
  cleanup(): Promise<void>;
}

export const chainMap: ArgumentMap = { ...aChain('war-begins', 'us-intervenes', 'china-enters'), meta: { title: 'Escalation chain' } };
export const pairMap: ArgumentMap = aMap([aClaim('cause'), aClaim('effect')], [], { meta: { title: 'Two claims' } });

export async function makeTempMaps(): Promise<TempMaps> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'causeway-api-'));
  const dir = path.join(root, 'maps');
  await mkdir(dir);
  await cp(path.resolve('maps'), dir, { recursive: true }).catch(() => undefined);
  await writeFile(path.join(dir, 'chain.json'), serializeMap(chainMap));
  await writeFile(path.join(dir, 'pair.json'), serializeMap(pairMap));
  return { root, dir, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** Files in the folder that a save left behind (its temp files are hidden `.NAME.json.*.tmp`). */
export async function leftoverTempFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((file) => file.endsWith('.tmp'));
}

export interface ApiResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: Record<string, unknown>;
}

export interface ApiRequest {
  method?: string;
  /** Sent exactly as given: `/api/maps/../x` is not folded the way fetch would. */
  path: string;
  headers?: OutgoingHttpHeaders;
  body?: string | Buffer;
  /** Fails the request when no full answer came within this time (a hung server then fails the test instead of stalling it). */
  timeoutMs?: number;
}

/** The headers a browser sends on a fetch from the app's own page. */
export function sameOrigin(url: string): OutgoingHttpHeaders {
  return { origin: url, 'sec-fetch-site': 'same-origin' };
}

export function saveHeaders(url: string, condition: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return { ...sameOrigin(url), 'content-type': 'application/json', ...condition };
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function request(baseUrl: string, options: ApiRequest): Promise<ApiResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: options.method ?? 'GET', path: options.path, headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: parseJson(text) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.timeoutMs !== undefined) {
      const limit = options.timeoutMs;
      req.setTimeout(limit, () => req.destroy(new Error(`no answer to ${options.method ?? 'GET'} ${options.path} within ${limit / 1000} s`)));
    }
    req.end(options.body);
  });
}
