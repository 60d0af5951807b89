// Mounts the maps API on Vite's dev server and on its preview server (the production build).
import path from 'node:path';
import type { Connect, Plugin } from 'vite';
import { handleMapsApi } from './mapsApi';

export function mapsApiPlugin(dir = process.env.CAUSEWAY_MAPS_DIR ?? path.resolve('maps')): Plugin {
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    handleMapsApi(req, res, { dir }).then((handled) => {
      if (!handled) next();
    }, next);
  };
  return {
    name: 'causeway-maps-api',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
