// Mounts the maps API on Vite's dev server and on its preview server (the production build).
import path from 'node:path';
import type { Connect, Plugin } from 'vite';
import { createMapsApi } from './mapsApi';

/** The host names the server was told to answer to, besides loopback (Vite's `host` and `allowedHosts`). */
function configuredHosts(host: string | boolean | undefined, allowedHosts: string[] | true | undefined): string[] {
  const hosts = Array.isArray(allowedHosts) ? [...allowedHosts] : [];
  if (typeof host === 'string' && host !== '0.0.0.0' && host !== '::') hosts.push(host);
  return hosts;
}

function middleware(dir: string, allowedHosts: string[]): Connect.NextHandleFunction {
  const api = createMapsApi({ dir, allowedHosts });
  return (req, res, next) => {
    api(req, res).then((handled) => {
      if (!handled) next();
    }, next);
  };
}

export function mapsApiPlugin(dir = process.env.CAUSEWAY_MAPS_DIR ?? path.resolve('maps')): Plugin {
  return {
    name: 'causeway-maps-api',
    configureServer(server) {
      const { host, allowedHosts } = server.config.server;
      server.middlewares.use(middleware(dir, configuredHosts(host, allowedHosts)));
    },
    configurePreviewServer(server) {
      const { host, allowedHosts } = server.config.preview;
      server.middlewares.use(middleware(dir, configuredHosts(host, allowedHosts)));
    },
  };
}
