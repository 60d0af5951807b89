// Where the team's shared data lives (`../shared` beside the repository), and whether a file of it is there.
//
// Some checks need data that is not in the repository: the seed paper's text (`seed/`), Argdown and AIF samples
// (`interchange-samples/`), layout benchmark graphs (`layoutbench-graphs/`). A fresh clone has none of it, so a
// test that reads it must skip with its reason there, while CI, which has `../shared` beside the clone, must run it.
//
// How to use it:
// - In a Vitest test, use `itWithShared` or `describeWithShared` from `./sharedDataTests.ts`; they skip with a printed
//   reason when the data is absent, fail instead when CAUSEWAY_REQUIRE_SHARED=1, and tag the tests so `npm test`
//   can tell that they ran (see below). Never read `../shared` with a path of your own: it would resolve against the
//   working directory, not the repository.
// - Outside tests (e.g. a benchmark), call `sharedData('layoutbench-graphs/…')` and use `.path` when `.present`.
//
// The folder is `../shared` next to the repository root (not the working directory), or CAUSEWAY_SHARED_DIR.
// CAUSEWAY_REQUIRE_SHARED=1 (set by `.ci/run` when `../shared` is there) turns "absent" into a failure, and makes
// `npm test` fail unless every test tagged with shared data passed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder, found from this file's own place, so the working directory does not matter. */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** The shared data folder: CAUSEWAY_SHARED_DIR when set, otherwise `shared` beside the repository. */
export function sharedDir(): string {
  const override = process.env.CAUSEWAY_SHARED_DIR;
  return override ? path.resolve(override) : path.resolve(REPO_ROOT, '..', 'shared');
}

/** True when a missing shared file must fail the run instead of skipping (CI with `../shared` beside it). */
export function sharedDataRequired(): boolean {
  return process.env.CAUSEWAY_REQUIRE_SHARED === '1';
}

export interface SharedData {
  /** The path inside the shared folder, as given (e.g. `seed/wells-2009-korean-war-miscalculation.txt`). */
  relative: string;
  /** Its absolute path, whether or not it exists. */
  path: string;
  present: boolean;
  /** Why a test that needs it cannot run, for the skip message; undefined when present. */
  absentReason: string | undefined;
}

/** A file or folder of the shared data: where it would be and whether it is there. */
export function sharedData(relative: string): SharedData {
  const file = path.resolve(sharedDir(), relative);
  const present = existsSync(file);
  return {
    relative,
    path: file,
    present,
    absentReason: present
      ? undefined
      : `${file} is absent: this check needs the team's shared data beside the repository (or CAUSEWAY_SHARED_DIR)`,
  };
}
