// Serves the production build for the browser tests with Causeway's own production server (as `npm start` does), over a temporary copy of maps/ plus the fixture maps, and as a static site.
import { cp, mkdir } from 'node:fs/promises';
import net from 'node:net';
import { build } from 'vite';
import { startProductionServer } from '../../src/server/productionServer.ts';
import { writeFixtureMaps } from '../fixtures/fixtureMaps.ts';
import { E2E_PORT, E2E_STATIC_PORT, e2eDistDir, e2eFilesDir, e2eMapsDir } from './paths.ts';
import { startStaticServer } from './staticServer.ts';

/** Holds a port during the build (which takes a while), so that another run choosing a free port cannot take it meanwhile. */
function holdPort(port: number): Promise<net.Server> {
  const server = net.createServer((socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

const held = await Promise.all([holdPort(E2E_PORT), holdPort(E2E_STATIC_PORT)]);
await mkdir(e2eMapsDir, { recursive: true });
await mkdir(e2eFilesDir, { recursive: true });
await cp('maps', e2eMapsDir, { recursive: true });
await writeFixtureMaps(e2eMapsDir);
process.env.CAUSEWAY_MAPS_DIR = e2eMapsDir;

await build({ logLevel: 'warn', build: { outDir: e2eDistDir, emptyOutDir: true } });
await Promise.all(held.map((server) => new Promise((resolve) => server.close(resolve))));
const server = await startProductionServer({ distDir: e2eDistDir, mapsDir: e2eMapsDir, port: E2E_PORT });
process.stdout.write(`${server.url}\n`);
await startStaticServer(e2eDistDir, E2E_STATIC_PORT);
