// Builds the app for the production server only when its sources changed since the last build (a stamp in the build folder).
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What the built app is made of; tests, the server and the command line are not in the page. */
const INPUTS = ['index.html', 'vite.config.ts', 'package-lock.json', 'tsconfig.json', 'src', 'public'];
const NOT_IN_PAGE = /(\.test\.tsx?|\.testing\.ts)$|^src\/(server|cli|scripts)\//;
export const BUILD_STAMP = '.causeway-build';

async function filesUnder(root: string, relative: string): Promise<string[]> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch(() => undefined);
  if (!entries) return [relative];
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(root, path.posix.join(relative, entry.name)) : [path.posix.join(relative, entry.name)])),
  );
  return nested.flat();
}

/** A hash of every input's name and content: unlike mtimes it survives a fresh clone or a checkout that rewrote files unchanged. */
export async function sourceHash(root: string): Promise<string> {
  const files = (await Promise.all(INPUTS.map((input) => filesUnder(root, input)))).flat().filter((file) => !NOT_IN_PAGE.test(file)).sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file).update('\0');
    hash.update(await readFile(path.join(root, file)).catch(() => Buffer.alloc(0))).update('\0');
  }
  return hash.digest('hex');
}

/** Runs `build` unless `distDir` holds a build of exactly these sources; says whether it built. */
export async function buildIfChanged(root: string, distDir: string, build: () => Promise<void>): Promise<boolean> {
  const hash = await sourceHash(root);
  const stamp = await readFile(path.join(distDir, BUILD_STAMP), 'utf8').catch(() => '');
  if (stamp.trim() === hash) return false;
  await build();
  await writeFile(path.join(distDir, BUILD_STAMP), `${hash}\n`);
  return true;
}
