import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT, sharedData, sharedDataRequired, sharedDir } from './sharedData.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('sharedData', () => {
  it('finds the repository root from its own file, whatever the working directory', () => {
    expect(JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'))).toMatchObject({ name: 'causeway' });
    const cwd = process.cwd();
    try {
      process.chdir(os.tmpdir());
      vi.stubEnv('CAUSEWAY_SHARED_DIR', '');
      expect(sharedDir()).toBe(path.join(path.dirname(REPO_ROOT), 'shared'));
    } finally {
      process.chdir(cwd);
    }
  });

  it('reads CAUSEWAY_SHARED_DIR instead, and tells whether a file is there, with the reason when it is not', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'causeway-shared-'));
    try {
      await mkdir(path.join(dir, 'seed'));
      await writeFile(path.join(dir, 'seed', 'paper.txt'), 'text');
      vi.stubEnv('CAUSEWAY_SHARED_DIR', dir);
      expect(sharedData('seed/paper.txt')).toEqual({ relative: 'seed/paper.txt', path: path.join(dir, 'seed', 'paper.txt'), present: true, absentReason: undefined });
      const absent = sharedData('layoutbench-graphs');
      expect(absent).toMatchObject({ present: false, path: path.join(dir, 'layoutbench-graphs') });
      expect(absent.absentReason).toContain(`${path.join(dir, 'layoutbench-graphs')} is absent`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is required only when CAUSEWAY_REQUIRE_SHARED is 1', () => {
    vi.stubEnv('CAUSEWAY_REQUIRE_SHARED', '');
    expect(sharedDataRequired()).toBe(false);
    vi.stubEnv('CAUSEWAY_REQUIRE_SHARED', '1');
    expect(sharedDataRequired()).toBe(true);
  });
});
