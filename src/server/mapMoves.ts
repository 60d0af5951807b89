// Renaming a map file, moving it to the trash folder inside maps/ and back: never overwriting, never leaving maps/.
import { link, lstat, mkdir, readdir, readFile, realpath, unlink } from 'node:fs/promises';
import path from 'node:path';
import { parseMap } from '../model/parseMap.ts';
import { diskWriteError } from './diskError.ts';
import { HttpError } from './httpResponse.ts';
import { type KeyedLock, fileLocks } from './keyedLock.ts';
import type { MapFolder } from './mapFolder.ts';
import { isMapName } from './mapName.ts';
import { ifMatchAccepts } from './versionTag.ts';

/** The trash is a hidden folder inside maps/: hidden, so it is never listed as a map and a static build never copies it. */
export const TRASH_FOLDER = '.trash';

export interface TrashEntry {
  /** `NAME--MILLISECONDS`: the map's name and when it was deleted (`--` never occurs in a map name). */
  id: string;
  name: string;
  title: string;
  deletedAt: string;
}

export interface MovedMap {
  name: string;
  version: string;
}

const TRASH_ID = /^(.+)--(\d{1,16})$/;

/** The map name and deletion time a trash id holds, or undefined when it is not one. */
export function parseTrashId(id: string): { name: string; deletedAt: number } | undefined {
  const match = TRASH_ID.exec(id);
  if (!match?.[1] || !match[2] || !isMapName(match[1])) return undefined;
  return { name: match[1], deletedAt: Number(match[2]) };
}

function errorCode(error: unknown): unknown {
  return error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined;
}

const shown = (name: string) => `maps/${name}.json`;

/**
 * Puts `from` at `to` only if nothing is there yet: a hard link fails on an existing name where a rename would
 * replace it, and the map is at one name or both at every moment, never at none.
 */
async function moveWithoutReplacing(from: string, to: string, taken: () => HttpError, what: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw taken();
    throw diskWriteError(error, what);
  }
  await unlink(from).catch((error: unknown) => {
    throw diskWriteError(error, what);
  });
}

export class MapMoves {
  constructor(
    private readonly folder: MapFolder,
    private readonly locks: KeyedLock = fileLocks,
  ) {}

  /** Both files' locks, always taken in the same order, so a rename a→b and one b→a never wait for each other. */
  private withLocks<T>(files: readonly string[], task: () => Promise<T>): Promise<T> {
    const [first, ...rest] = [...new Set(files)].sort();
    if (first === undefined) return task();
    return this.locks.run(first, () => this.withLocks(rest, task));
  }

  /** The map's current version, checked against the client's If-Match; a link is refused, as a save refuses it. */
  private async checked(file: string, name: string, ifMatch: string): Promise<string> {
    const current = await this.folder.current(file, name);
    if (!current) throw new HttpError(404, `there is no map '${name}'`);
    if (!ifMatchAccepts(ifMatch, current.version)) {
      throw new HttpError(409, `${shown(name)} changed on disk since it was loaded`, { version: current.version }, { etag: current.version });
    }
    return current.version;
  }

  /** The trash folder, made when first needed; a link or a file in its place is refused rather than followed. */
  private async trash(root: string, create: boolean): Promise<string | undefined> {
    const dir = path.join(root, TRASH_FOLDER);
    if (create) await mkdir(dir, { mode: 0o755 }).catch((error: unknown) => {
      if (errorCode(error) !== 'EEXIST') throw diskWriteError(error, `maps/${TRASH_FOLDER}`);
    });
    try {
      const info = await lstat(dir);
      if (!info.isDirectory()) throw new HttpError(403, `maps/${TRASH_FOLDER} is not a folder; Causeway keeps deleted maps only in a folder of that name`);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw error;
    }
    const real = await realpath(dir);
    if (path.dirname(real) !== root) throw new HttpError(403, `maps/${TRASH_FOLDER} leads outside the maps folder`);
    return real;
  }

  /** The file gets a new name; its content (and so its title and version) stays as it is. */
  async rename(from: string, to: string, ifMatch: string): Promise<MovedMap> {
    if (from === to) throw new HttpError(400, `the map is already called '${to}'`);
    const root = await this.folder.root();
    const source = path.join(root, `${from}.json`);
    const target = path.join(root, `${to}.json`);
    return this.withLocks([source, target], async () => {
      const version = await this.checked(source, from, ifMatch);
      const taken = () => new HttpError(409, `${shown(to)} already exists; choose another name`, { name: to });
      await moveWithoutReplacing(source, target, taken, shown(from));
      return { name: to, version };
    });
  }

  /** Moves the map into the trash; its id says when, so deleting a map of the same name again keeps both. */
  async delete(name: string, ifMatch: string, now = Date.now()): Promise<TrashEntry> {
    const root = await this.folder.root();
    const source = path.join(root, `${name}.json`);
    return this.locks.run(source, async () => {
      await this.checked(source, name, ifMatch);
      const title = await this.titleOf(source, name);
      const trash = await this.trash(root, true);
      if (!trash) throw new HttpError(500, `maps/${TRASH_FOLDER} could not be made`);
      // Two deletions of one name in the same millisecond: the later one takes the next free millisecond.
      const taken = new HttpError(409, 'taken');
      for (let at = now; ; at += 1) {
        const id = `${name}--${at}`;
        try {
          await moveWithoutReplacing(source, path.join(trash, `${id}.json`), () => taken, shown(name));
          return { id, name, title, deletedAt: new Date(at).toISOString() };
        } catch (error) {
          if (error !== taken) throw error;
        }
      }
    });
  }

  private async titleOf(file: string, name: string): Promise<string> {
    const text = await readFile(file, 'utf8').catch(() => '');
    const parsed = parseMap(text);
    return parsed.ok ? parsed.map.meta.title : name;
  }

  /** What the trash holds, most recently deleted first. */
  async listTrash(): Promise<TrashEntry[]> {
    const root = await this.folder.root();
    const trash = await this.trash(root, false);
    if (!trash) return [];
    const entries: TrashEntry[] = [];
    for (const file of await readdir(trash)) {
      const id = file.endsWith('.json') ? file.slice(0, -'.json'.length) : '';
      const parsed = parseTrashId(id);
      if (!parsed) continue;
      const info = await lstat(path.join(trash, file));
      if (!info.isFile()) continue;
      entries.push({ id, name: parsed.name, title: await this.titleOf(path.join(trash, file), parsed.name), deletedAt: new Date(parsed.deletedAt).toISOString() });
    }
    return entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || a.id.localeCompare(b.id));
  }

  /** Puts a deleted map back, under its own name or `as`; a name taken meanwhile is refused, never overwritten. */
  async restore(id: string, as?: string): Promise<MovedMap> {
    const parsed = parseTrashId(id);
    if (!parsed) throw new HttpError(400, `${JSON.stringify(id)} is not a trash entry`);
    const name = as ?? parsed.name;
    const root = await this.folder.root();
    const trash = await this.trash(root, false);
    const source = trash && path.join(trash, `${id}.json`);
    const target = path.join(root, `${name}.json`);
    return this.withLocks([...(source ? [source] : []), target], async () => {
      const info = source ? await lstat(source).catch(() => undefined) : undefined;
      if (!source || !info?.isFile()) throw new HttpError(404, `the trash holds no '${id}'`);
      const taken = () => new HttpError(409, `${shown(name)} exists now; restore the map under another name`, { name });
      await moveWithoutReplacing(source, target, taken, shown(name));
      const current = await this.folder.current(target, name);
      return { name, version: current?.version ?? '' };
    });
  }
}
