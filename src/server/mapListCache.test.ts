import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMap } from '../model/parseMap.ts';
import { type TempMaps, makeTempMaps } from './apiTestSupport.ts';
import { KeyedLock } from './keyedLock.ts';
import { MapFolder } from './mapFolder.ts';
import { MapListCache } from './mapListCache.ts';

let maps: TempMaps;
/** The titles of the files the list parsed, in order: the hook counts what a real list of a real folder parses. */
let parsed: string[];
let folder: MapFolder;

beforeEach(async () => {
  maps = await makeTempMaps();
  parsed = [];
  const counting = new MapListCache((text) => {
    const result = parseMap(text);
    parsed.push(result.ok ? result.map.meta.title : 'invalid');
    return result;
  });
  folder = new MapFolder(maps.dir, new KeyedLock(), counting);
});

afterEach(async () => {
  await maps.cleanup();
});

describe('the map list cache', () => {
  it('parses each file once; a second list parses nothing', async () => {
    const first = await folder.list();
    expect(parsed).toHaveLength(first.length);
    expect(parsed).toContain('Escalation chain');
    const second = await folder.list();
    expect(second).toEqual(first);
    expect(parsed).toHaveLength(first.length);
  });

  it('shares one parse per file between lists asked for at once', async () => {
    const [a, b, c] = await Promise.all([folder.list(), folder.list(), folder.list()]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(parsed).toHaveLength(a.length);
  });

  it('re-reads a changed file, and only that one, even when its size and mtime stayed the same', async () => {
    await folder.list();
    const before = parsed.length;
    const file = path.join(maps.dir, 'pair.json');
    const { atime, mtime } = await stat(file);
    await writeFile(file, (await readFile(file, 'utf8')).replace('"Two claims"', '"Two claimz"'));
    await utimes(file, atime, mtime);
    const listed = await folder.list();
    expect(listed).toContainEqual({ name: 'pair', title: 'Two claimz', valid: true, modified: expect.any(String) });
    expect(parsed.slice(before)).toEqual(['Two claimz']);
  });

  it('forgets a deleted file and parses a new one under the same name', async () => {
    await folder.list();
    await rm(path.join(maps.dir, 'pair.json'));
    expect((await folder.list()).map((entry) => entry.name)).not.toContain('pair');
    await writeFile(path.join(maps.dir, 'pair.json'), '{');
    expect(await folder.list()).toContainEqual({ name: 'pair', title: 'pair', valid: false, modified: expect.any(String) });
  });
});
