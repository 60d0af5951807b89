import { lstat, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTempFile, writeFileAtomic } from './writeFileAtomic.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'causeway-atomic-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces the content whole, with the mode asked for, leaving no temp file', async () => {
    const file = path.join(dir, 'map.json');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new ✓', 0o600);
    expect(await readFile(file, 'utf8')).toBe('new ✓');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['map.json']);
  });

  it('replaces a symlink itself instead of writing through it', async () => {
    const outside = path.join(dir, 'outside.txt');
    await writeFile(outside, 'keep');
    const file = path.join(dir, 'map.json');
    await symlink(outside, file);
    await writeFileAtomic(file, 'new');
    expect(await readFile(outside, 'utf8')).toBe('keep');
    expect((await lstat(file)).isSymbolicLink()).toBe(false);
  });

  it('removes its temp file and leaves the target alone when the rename fails', async () => {
    // A non-empty folder at the target name makes rename(2) fail even for root (EISDIR), after the temp file was written.
    const target = path.join(dir, 'map.json');
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'intact');
    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST)$/) });
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('intact');
    expect((await readdir(dir)).filter(isTempFile)).toEqual([]);
    expect(await readdir(dir)).toEqual(['map.json']);
  });
});
