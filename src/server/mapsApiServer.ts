// A plain Node HTTP server around the maps API alone: for tests and headless use, listening on loopback by default.
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendJson } from './httpResponse.ts';
import { type MapsApiOptions, createMapsApi } from './mapsApi.ts';
import { removeStaleTempFiles } from './staleTempFiles.ts';

export interface MapsApiServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startMapsApiServer(options: MapsApiOptions & { port?: number; host?: string }): Promise<MapsApiServer> {
  await removeStaleTempFiles(options.dir);
  const api = createMapsApi(options);
  const server = createServer((req, res) => {
    void api(req, res).then((handled) => {
      if (!handled) sendJson(res, 404, { error: 'not found' });
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
