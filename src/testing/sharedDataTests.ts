// Vitest tests that need the shared data: skipped with a printed reason where it is absent, failed where it is required.
import { describe, it, type TestContext } from 'vitest';
import { sharedData, sharedDataRequired } from './sharedData.ts';

declare module 'vitest' {
  interface TaskMeta {
    /** The shared file or folder the test reads; `npm test` checks that such tests passed when CI requires it. */
    sharedData?: string;
  }
}

function skipOrFail(name: string, relative: string, context: TestContext): string {
  const data = sharedData(relative);
  if (data.present) return data.path;
  if (sharedDataRequired()) throw new Error(`${data.absentReason}; CAUSEWAY_REQUIRE_SHARED=1 requires it`);
  console.warn(`skipped "${name}": ${data.absentReason}`);
  return context.skip(data.absentReason);
}

/** One test on a shared file or folder; `body` gets its absolute path. */
export function itWithShared(name: string, relative: string, body: (file: string) => unknown, timeout?: number): void {
  it(name, { meta: { sharedData: relative }, timeout }, async (context) => {
    await body(skipOrFail(name, relative, context));
  });
}

/**
 * A group of tests on a shared folder; `define` gets its absolute path and may list it to make one test per file.
 * Where the folder is absent, one skipped (or, when required, failing) test stands for the whole group.
 */
export function describeWithShared(name: string, relative: string, define: (dir: string) => void): void {
  const data = sharedData(relative);
  if (data.present) {
    describe(name, { meta: { sharedData: relative } }, () => define(data.path));
    return;
  }
  it(name, { meta: { sharedData: relative } }, (context) => {
    skipOrFail(name, relative, context);
  });
}
