// Where the browser tests' server keeps its copy of maps/ (a temporary folder per port, never the repo's maps/).
import os from 'node:os';
import path from 'node:path';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4310);
/** The same build on a plain static server (no maps API), as on a web host. */
export const E2E_STATIC_PORT = E2E_PORT + 1;
export const e2eRoot = path.join(os.tmpdir(), `causeway-e2e-${E2E_PORT}`);
export const e2eMapsDir = path.join(e2eRoot, 'maps');
export const e2eDistDir = path.join(e2eRoot, 'dist');
