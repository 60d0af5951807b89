// The maps folder on disk: lists, reads and saves map files without leaving the folder and without ever tearing a file.
import { constants } from 'node:fs';
import type { BigIntStats, Stats } from 'node:fs';
import { type FileHandle, open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_FILE_BYTES } from '../model/parseJsonText.ts';
import { diskWriteError } from './diskError.ts';
import { HttpError } from './httpResponse.ts';
import { type KeyedLock, fileLocks } from './keyedLock.ts';
import { type MapListEntry, MapListCache, fileVersionKey } from './mapListCache.ts';
import { mapNameOfFile } from './mapName.ts';
import { ifMatchAccepts, versionTag, versionTagOfChunks } from './versionTag.ts';
import { writeFileAtomic } from './writeFileAtomic.ts';

export type { MapListEntry } from './mapListCache.ts';

export interface StoredMap {
  name: string;
  content: string;
  version: string;
}

/** `If-Match: <tag or *>` saves over a known version; `If-None-Match: *` creates a map that must not exist yet. */
export type SavePrecondition = { ifMatch: string } | { ifNoneMatch: '*' };

export interface SaveResult {
  version: string;
  created: boolean;
}

function errorCode(error: unknown): unknown {
  return error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined;
}

function isInside(root: string, real: string): boolean {
  const relative = path.relative(root, real);
  return relative !== '' && !path.isAbsolute(relative) && relative.split(path.sep)[0] !== '..';
}

function shown(name: string): string {
  return `maps/${name}.json`;
}

/** Never blocks: a FIFO opened for reading without a writer would hold one of libuv's four threads until one appears. */
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;

function kindOf(info: Stats | BigIntStats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function notRegular(name: string, info: Stats | BigIntStats): HttpError {
  return new HttpError(403, `${shown(name)} is ${kindOf(info)}, not a regular file; Causeway reads and saves only ordinary map files`);
}

function tooLarge(name: string, size: number): HttpError {
  return new HttpError(422, `${shown(name)} is ${(size / 1024 / 1024).toFixed(1)} MB; a map file may be at most 5 MB`);
}

async function withHandle<T>(handle: FileHandle, use: (handle: FileHandle) => Promise<T>): Promise<T> {
  try {
    return await use(handle);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

export class MapFolder {
  constructor(
    private readonly dir: string,
    private readonly locks: KeyedLock = fileLocks,
    private readonly listCache: MapListCache = new MapListCache(),
  ) {}

  /** Resolved on every request: the folder may be created, or be a link, after the server started. */
  async root(): Promise<string> {
    try {
      return await realpath(this.dir);
    } catch (error) {
      throw new HttpError(500, `the maps folder cannot be opened (${String(errorCode(error) ?? error)})`);
    }
  }

  /**
   * The real path of the map's file, or undefined when there is none. A link to another file inside the folder is
   * followed; a link that leads outside is refused, so `maps/x.json → /etc/passwd` never reaches a browser.
   */
  private async locate(root: string, name: string): Promise<string | undefined> {
    let real: string;
    try {
      real = await realpath(path.join(root, `${name}.json`));
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return undefined;
      throw error;
    }
    if (!isInside(root, real)) throw new HttpError(403, `${shown(name)} is a link to a file outside the maps folder`);
    return real;
  }

  /**
   * Opens the file for reading only once it is known to be a regular file (a FIFO, a device or a folder is refused
   * with 403), without blocking even if it was swapped for one meanwhile: the open handle is checked again.
   */
  private async openRegular(real: string, name: string): Promise<FileHandle> {
    const before = await stat(real);
    if (!before.isFile()) throw notRegular(name, before);
    const handle = await open(real, READ_FLAGS);
    const info = await handle.stat().catch(async (error: unknown) => {
      await handle.close().catch(() => undefined);
      throw error;
    });
    if (!info.isFile()) {
      await handle.close().catch(() => undefined);
      throw notRegular(name, info);
    }
    return handle;
  }

  /** The map's text, or undefined when there is none. */
  private async readInside(root: string, name: string): Promise<StoredMap | undefined> {
    const real = await this.locate(root, name);
    if (real === undefined) return undefined;
    return withHandle(await this.openRegular(real, name), async (handle) => {
      const info = await handle.stat();
      if (info.size > MAX_FILE_BYTES) throw tooLarge(name, info.size);
      const content = await handle.readFile();
      return { name, content: content.toString('utf8'), version: versionTag(content) };
    });
  }

  /** The file's list entry, from the cache while the file is unchanged; undefined for a link outside or a file that is not a map file. */
  private async listEntry(root: string, name: string): Promise<MapListEntry | undefined> {
    try {
      const real = await this.locate(root, name);
      if (real === undefined) return undefined;
      const info = await stat(real, { bigint: true });
      if (!info.isFile()) return undefined;
      const entry = await this.listCache.entry(name, fileVersionKey(info), async () =>
        withHandle(await this.openRegular(real, name), async (handle) => {
          const size = (await handle.stat()).size;
          if (size > MAX_FILE_BYTES) throw tooLarge(name, size);
          return (await handle.readFile()).toString('utf8');
        }),
      );
      return { ...entry, modified: new Date(Number(info.mtimeNs / 1_000_000n)).toISOString() };
    } catch (error) {
      if (error instanceof HttpError && error.status === 403) return undefined;
      return { name, title: name, valid: false };
    }
  }

  /**
   * One file after another, so a list never holds more than one file's text; unchanged files cost a stat. Parsing
   * yields between files (see MapListCache), so a request for one map answers while a cold list is being built.
   */
  async list(): Promise<MapListEntry[]> {
    const root = await this.root();
    const names = (await readdir(root)).map(mapNameOfFile).filter((name): name is string => name !== undefined).sort();
    this.listCache.keepOnly(new Set(names));
    const entries: MapListEntry[] = [];
    for (const name of names) {
      const entry = await this.listEntry(root, name);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  async read(name: string): Promise<StoredMap> {
    const stored = await this.readInside(await this.root(), name);
    if (!stored) throw new HttpError(404, `there is no map '${name}'`);
    return stored;
  }

  /** The file as it is now, opened without following a link: a save replaces the file itself, never a link's target. */
  async current(file: string, name: string): Promise<{ version: string; mode: number } | undefined> {
    let handle: FileHandle;
    try {
      handle = await open(file, READ_FLAGS);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined;
      if (errorCode(error) === 'ELOOP') throw new HttpError(403, `${shown(name)} is a symbolic link; Causeway does not save through links`);
      throw diskWriteError(error, shown(name));
    }
    return withHandle(handle, async (opened) => {
      const info = await opened.stat();
      if (!info.isFile()) throw notRegular(name, info);
      const version = await versionTagOfChunks(opened.createReadStream({ autoClose: false }));
      return { version, mode: info.mode & 0o777 };
    });
  }

  /**
   * Saves under the per-file lock: the check against the client's version and the write happen with no other save
   * of the same file in between, so of two saves based on one version exactly one wins and the other gets 409.
   */
  async save(name: string, content: string, precondition: SavePrecondition): Promise<SaveResult> {
    const file = path.join(await this.root(), `${name}.json`);
    return this.locks.run(file, async () => {
      const current = await this.current(file, name);
      if ('ifNoneMatch' in precondition) {
        if (current) throw new HttpError(409, `${shown(name)} already exists`, { version: current.version }, { etag: current.version });
      } else if (!current) {
        throw new HttpError(409, `${shown(name)} no longer exists on disk`, { version: null });
      } else if (!ifMatchAccepts(precondition.ifMatch, current.version)) {
        throw new HttpError(409, `${shown(name)} changed on disk since it was loaded`, { version: current.version }, { etag: current.version });
      }
      try {
        await writeFileAtomic(file, content, current?.mode ?? 0o644);
      } catch (error) {
        throw diskWriteError(error, shown(name));
      }
      return { version: versionTag(content), created: current === undefined };
    });
  }
}
