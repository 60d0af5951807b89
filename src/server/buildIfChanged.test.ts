import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildIfChanged } from './buildIfChanged.ts';

let root: string;
let builds: number;
const dist = () => path.join(root, 'dist');
const build = async () => {
  builds++;
  await mkdir(dist(), { recursive: true });
};

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'causeway-build-'));
  builds = 0;
  await mkdir(path.join(root, 'src', 'server'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await writeFile(path.join(root, 'src', 'main.tsx'), 'one');
  await writeFile(path.join(root, 'src', 'main.test.ts'), 'a test');
  await writeFile(path.join(root, 'src', 'server', 'api.ts'), 'server code');
});

afterEach(() => rm(root, { recursive: true, force: true }));

it('builds the first time, not again while the sources are unchanged, and again after a change to the page', async () => {
  expect(await buildIfChanged(root, dist(), build)).toBe(true);
  expect(await buildIfChanged(root, dist(), build)).toBe(false);
  await writeFile(path.join(root, 'src', 'main.tsx'), 'two');
  expect(await buildIfChanged(root, dist(), build)).toBe(true);
  await writeFile(path.join(root, 'src', 'extra.ts'), 'a new module');
  expect(await buildIfChanged(root, dist(), build)).toBe(true);
  expect(builds).toBe(3);
});

it('does not rebuild for tests or server code, which are not in the page', async () => {
  await buildIfChanged(root, dist(), build);
  await writeFile(path.join(root, 'src', 'main.test.ts'), 'another test');
  await writeFile(path.join(root, 'src', 'server', 'api.ts'), 'changed server code');
  expect(await buildIfChanged(root, dist(), build)).toBe(false);
});
