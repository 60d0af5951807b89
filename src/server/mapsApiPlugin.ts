// Mounts the maps API (behind the app-only guard) on Vite's dev and preview servers, and puts the valid maps into the build for plain web hosts.
import path from 'node:path';
import type { Connect, Plugin } from 'vite';
import { appOnlyGuard } from './appOnlyGuard.ts';
import { MapFolder } from './mapFolder.ts';
import { createMapsApi } from './mapsApi.ts';
import { HOST_PROBE_FILE } from '../adapters/hostProbe.ts';
import { removeStaleTempFiles } from './staleTempFiles.ts';

/** The host names the server was told to answer to, besides loopback (Vite's `host` and `allowedHosts`). */
function configuredHosts(host: string | boolean | undefined, allowedHosts: string[] | true | undefined): string[] {
  const hosts = Array.isArray(allowedHosts) ? [...allowedHosts] : [];
  if (typeof host === 'string' && host !== '0.0.0.0' && host !== '::') hosts.push(host);
  return hosts;
}

function middleware(dir: string, allowedHosts: string[]): Connect.NextHandleFunction {
  const api = createMapsApi({ dir, allowedHosts });
  return (req, res, next) => {
    // The build carries this file saying there is no API (for plain web hosts); a server with the API answers it first.
    if (req.method === 'GET' && req.url?.split('?')[0] === `/${HOST_PROBE_FILE}`) {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end('{"mapsApi":true}\n');
      return;
    }
    api(req, res).then((handled) => {
      if (!handled) next();
    }, next);
  };
}

export function mapsApiPlugin(dir = process.env.CAUSEWAY_MAPS_DIR ?? path.resolve('maps')): Plugin {
  return {
    name: 'causeway-maps-api',
    async configureServer(server) {
      await removeStaleTempFiles(dir);
      const { host, allowedHosts } = server.config.server;
      server.middlewares.use(appOnlyGuard());
      server.middlewares.use(middleware(dir, configuredHosts(host, allowedHosts)));
    },
    async configurePreviewServer(server) {
      await removeStaleTempFiles(dir);
      const { host, allowedHosts } = server.config.preview;
      server.middlewares.use(appOnlyGuard());
      server.middlewares.use(middleware(dir, configuredHosts(host, allowedHosts)));
    },
    /** A static host has no API: the app then reads dist/maps/index.json and dist/maps/NAME.json (read-only). */
    async generateBundle() {
      const folder = new MapFolder(dir);
      const maps = (await folder.list()).filter((entry) => entry.valid);
      for (const entry of maps) {
        const stored = await folder.read(entry.name);
        this.emitFile({ type: 'asset', fileName: `maps/${entry.name}.json`, source: stored.content });
      }
      this.emitFile({ type: 'asset', fileName: 'maps/index.json', source: `${JSON.stringify({ maps })}\n` });
      this.emitFile({ type: 'asset', fileName: HOST_PROBE_FILE, source: '{"mapsApi":false}\n' });
    },
  };
}
