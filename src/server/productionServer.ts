// Causeway's production server: the built app, the maps API and the host probe on one port, behind the app-only guard.
import { type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HOST_PROBE_FILE } from '../adapters/hostProbe.ts';
import { appOnlyRefusal } from './appOnlyGuard.ts';
import { sendJson } from './httpResponse.ts';
import { createMapsApi } from './mapsApi.ts';
import { isLoopbackHost } from './networkAddresses.ts';
import { removeStaleTempFiles } from './staleTempFiles.ts';
import { createStaticFiles } from './staticFiles.ts';
import { type TeacherGate, createTeacherGate } from './teacherGate.ts';

export interface ProductionServerOptions {
  /** The built app (vite build's outDir). */
  distDir: string;
  /** Folder holding maps/*.json. */
  mapsDir: string;
  port?: number;
  /** 127.0.0.1 by default; 0.0.0.0 (or an address of this machine) to serve a classroom network. */
  host?: string;
  /** Names besides loopback the server answers to (the addresses students type). */
  allowedHosts?: readonly string[];
  /** Decides which requests may use the maps API; by default requests from this machine or with the teacher's secret. */
  gate?: TeacherGate;
}

export interface ProductionServer {
  server: Server;
  port: number;
  url: string;
  gate: TeacherGate;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';

export async function startProductionServer(options: ProductionServerOptions): Promise<ProductionServer> {
  await removeStaleTempFiles(options.mapsDir);
  const host = options.host ?? '127.0.0.1';
  const gate = options.gate ?? createTeacherGate();
  const api = createMapsApi({ dir: options.mapsDir, allowedHosts: options.allowedHosts ?? [] });
  const files = createStaticFiles(options.distDir);
  const text = (res: ServerResponse, status: number, message: string) =>
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }).end(`${message}\n`);

  const server = createServer((req, res) => {
    res.setHeader('cross-origin-resource-policy', 'same-origin');
    const refusal = appOnlyRefusal(req);
    if (refusal) return text(res, refusal.status, refusal.message);
    if (gate.handleTeacherLink(req, res)) return;
    const pathname = (req.url ?? '/').split(/[?#]/, 1)[0];
    if (req.method === 'GET' && pathname === `/${HOST_PROBE_FILE}`) {
      return sendJson(res, 200, { mapsApi: true });
    }
    if (pathname?.startsWith(API_PREFIX) && !gate.allows(req)) {
      return sendJson(res, 403, { error: 'on a classroom network only the teacher reads and changes maps: open the teacher link printed by npm start' });
    }
    void (async () => {
      if (await api(req, res)) return;
      if (await files(req, res)) return;
      text(res, 404, 'Not found.');
    })().catch(() => {
      if (!res.headersSent) text(res, 500, 'The server could not answer this request.');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shown = isLoopbackHost(host) || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    server,
    port,
    gate,
    url: `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
