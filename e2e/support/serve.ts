// Serves the production build for the browser tests, over a temporary copy of maps/ plus the fixture maps, and as a static site.
import { cp, mkdir, rm } from 'node:fs/promises';
import { build, preview } from 'vite';
import { writeFixtureMaps } from '../fixtures/fixtureMaps.ts';
import { E2E_PORT, E2E_STATIC_PORT, e2eDistDir, e2eMapsDir, e2eRoot } from './paths.ts';
import { startStaticServer } from './staticServer.ts';

await rm(e2eRoot, { recursive: true, force: true });
await mkdir(e2eMapsDir, { recursive: true });
await cp('maps', e2eMapsDir, { recursive: true });
await writeFixtureMaps(e2eMapsDir);
process.env.CAUSEWAY_MAPS_DIR = e2eMapsDir;

await build({ logLevel: 'warn', build: { outDir: e2eDistDir, emptyOutDir: true } });
const server = await preview({ build: { outDir: e2eDistDir }, preview: { port: E2E_PORT, strictPort: true, open: false } });
server.printUrls();
await startStaticServer(e2eDistDir, E2E_STATIC_PORT);
