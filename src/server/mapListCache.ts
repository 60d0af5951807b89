// The map list's entry (title, valid) of each file, kept per file version so an unchanged file is parsed once, not on every list.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parseMap, type ParseResult } from '../model/parseMap.ts';
import { KeyedLock } from './keyedLock.ts';

export interface MapListEntry {
  name: string;
  title: string;
  valid: boolean;
  /** When the file last changed (ISO 8601); the static build's index has none. */
  modified?: string;
}

/** What identifies one version of a file without reading it: a save renames a new file in (new inode), an edit moves mtime/ctime (ns). */
export interface FileVersionStats {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

export function fileVersionKey(stats: FileVersionStats): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

export class MapListCache {
  private readonly entries = new Map<string, { key: string; entry: Promise<MapListEntry> }>();
  /** One parse at a time across all lists, each after a turn of the event loop, so other requests answer between two files. */
  private readonly parsing = new KeyedLock();

  constructor(private readonly parse: (text: string) => ParseResult = parseMap) {}

  /** The cached entry when the file's version is `key`; otherwise reads and parses it (shared by concurrent lists). */
  entry(name: string, key: string, read: () => Promise<string>): Promise<MapListEntry> {
    const cached = this.entries.get(name);
    if (cached?.key === key) return cached.entry;
    const entry = read().then((text) =>
      this.parsing.run('parse', async () => {
        await nextTurn();
        const parsed = this.parse(text);
        return { name, title: parsed.ok ? parsed.map.meta.title : name, valid: parsed.ok };
      }),
    );
    this.entries.set(name, { key, entry });
    entry.catch(() => {
      if (this.entries.get(name)?.entry === entry) this.entries.delete(name);
    });
    return entry;
  }

  /** Forgets files that are gone, so the cache never holds more than the folder. */
  keepOnly(names: ReadonlySet<string>): void {
    for (const name of this.entries.keys()) if (!names.has(name)) this.entries.delete(name);
  }
}
