// Playwright's global teardown: removes this run's temporary folder (its copy of the maps and its build).
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { e2eRoot, RUN_DIR_PREFIX } from './paths.ts';

export default async function removeRunDir(): Promise<void> {
  // Only ever a folder paths.ts named, whatever the environment says.
  if (path.dirname(e2eRoot) !== os.tmpdir() || !path.basename(e2eRoot).startsWith(RUN_DIR_PREFIX)) return;
  await rm(e2eRoot, { recursive: true, force: true });
}
