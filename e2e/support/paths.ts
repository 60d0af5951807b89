// Where this run of the browser tests serves the app and writes its files: its own free ports and temporary folder.
//
// Two runs on one machine must never meet, so nothing here is fixed. Playwright's main process loads this first (through
// playwright.config.ts) and records its choice in process.env; the workers and the web server it starts later inherit
// that environment, so every process of one run agrees. E2E_PORT overrides the port (the static site takes the next one).
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { freePortPair } from './freePort.ts';

/** The run's folder is named by this variable, set only here; the global teardown removes that folder. */
const RUN_DIR_VARIABLE = 'CAUSEWAY_E2E_RUN_DIR';
export const RUN_DIR_PREFIX = 'causeway-e2e-';

if (!process.env.E2E_PORT) process.env.E2E_PORT = String(freePortPair());
export const E2E_PORT = Number(process.env.E2E_PORT);
/** The same build on a plain static server (no maps API), as on a web host. */
export const E2E_STATIC_PORT = E2E_PORT + 1;

if (!process.env[RUN_DIR_VARIABLE]) {
  process.env[RUN_DIR_VARIABLE] = path.join(os.tmpdir(), `${RUN_DIR_PREFIX}${E2E_PORT}-${randomBytes(4).toString('hex')}`);
}
export const e2eRoot = process.env[RUN_DIR_VARIABLE] as string;
export const e2eMapsDir = path.join(e2eRoot, 'maps');
export const e2eDistDir = path.join(e2eRoot, 'dist');
/** Files the specs write to open from disk; serve.ts makes the folder, and it goes with the run's folder. */
export const e2eFilesDir = path.join(e2eRoot, 'files');

/** A path for a file a spec writes (name it per worker or test: the run's workers share the folder). */
export function e2eFile(name: string): string {
  return path.join(e2eFilesDir, name);
}
