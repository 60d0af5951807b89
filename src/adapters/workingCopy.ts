// The browser's working copy of each map: written on every change, read back after a reload or crash.
import { parseMap } from '../model/parseMap.ts';
import type { ArgumentMap } from '../model/schema.ts';
import { type KeyValueBackend, openBrowserStorage } from './storageBackends.ts';

export interface WorkingCopy {
  map: ArgumentMap;
  /** The version tag of the file the edits started from; null for a map not (yet) in maps/. */
  baseVersion: string | null;
  /** ISO time of the last write. */
  savedAt: string;
}

export type WorkingCopyProblem = 'unavailable' | 'full' | 'failed';

export interface WorkingCopyFailure {
  ok: false;
  problem: WorkingCopyProblem;
  /** A sentence for the person editing, starting "Your browser is not keeping a working copy: …". */
  message: string;
}

export type WorkingCopyRead = { ok: true; copy: WorkingCopy | null } | WorkingCopyFailure;
export type WorkingCopyWrite = { ok: true } | WorkingCopyFailure;

export interface WorkingCopies {
  read(key: string): Promise<WorkingCopyRead>;
  write(key: string, copy: WorkingCopy): Promise<WorkingCopyWrite>;
  clear(key: string): Promise<WorkingCopyWrite>;
}

const KEY_PREFIX = 'causeway:working-copy:';
const PREFIX = 'Your browser is not keeping a working copy';

function failure(problem: WorkingCopyProblem, detail: string): WorkingCopyFailure {
  return { ok: false, problem, message: `${PREFIX}: ${detail}` };
}

const UNAVAILABLE = failure(
  'unavailable',
  'its storage is turned off or blocked for this page. Save or download the map to keep your edits.',
);

export function describeStorageError(error: unknown): WorkingCopyFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return failure('full', 'its storage for this site is full. Save or download the map to keep your edits.');
  }
  const detail = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  return failure('failed', `${detail || 'storage failed'}. Save or download the map to keep your edits.`);
}

interface StoredCopy {
  mapText: string;
  baseVersion: string | null;
  savedAt: string;
}

function decode(text: string | null): WorkingCopy | null {
  if (text === null) return null;
  try {
    const stored = JSON.parse(text) as Partial<StoredCopy>;
    if (typeof stored.mapText !== 'string' || typeof stored.savedAt !== 'string') return null;
    const parsed = parseMap(stored.mapText);
    if (!parsed.ok) return null;
    return { map: parsed.map, baseVersion: typeof stored.baseVersion === 'string' ? stored.baseVersion : null, savedAt: stored.savedAt };
  } catch {
    return null;
  }
}

/** Working copies over a storage backend; `null` (or a failed open) means the browser keeps nothing. */
export function createWorkingCopies(backend: Promise<KeyValueBackend | null>): WorkingCopies {
  const ready = backend.catch(() => null);
  const attempt = async <T>(work: (store: KeyValueBackend) => Promise<T>): Promise<T | WorkingCopyFailure> => {
    const store = await ready;
    if (!store) return UNAVAILABLE;
    try {
      return await work(store);
    } catch (error) {
      return describeStorageError(error);
    }
  };
  return {
    read: async (key) => attempt(async (store) => ({ ok: true as const, copy: decode(await store.get(KEY_PREFIX + key)) })),
    write: async (key, copy) =>
      attempt(async (store) => {
        const stored: StoredCopy = { mapText: JSON.stringify(copy.map), baseVersion: copy.baseVersion, savedAt: copy.savedAt };
        await store.set(KEY_PREFIX + key, JSON.stringify(stored));
        return { ok: true as const };
      }),
    clear: async (key) =>
      attempt(async (store) => {
        await store.delete(KEY_PREFIX + key);
        return { ok: true as const };
      }),
  };
}

let browserCopies: WorkingCopies | null = null;

/** The page's working copies, in IndexedDB or else localStorage, opened once. */
export function browserWorkingCopies(): WorkingCopies {
  browserCopies ??= createWorkingCopies(openBrowserStorage());
  return browserCopies;
}

export interface WorkingCopyWriter {
  /** Writes the copy, or clears the stored one when given null. */
  write(copy: WorkingCopy | null): void;
  /** Resolves once every write asked for so far has landed. */
  idle(): Promise<void>;
}

/**
 * Writes (and clears) copies of one map in order, skipping stale ones: while a write runs, only the newest
 * waiting request follows it, so a burst of edits costs two writes and the last edit always lands.
 */
export function createWorkingCopyWriter(
  copies: WorkingCopies,
  key: string,
  onOutcome: (outcome: WorkingCopyWrite) => void,
): WorkingCopyWriter {
  let waiting: { copy: WorkingCopy | null } | null = null;
  let running: Promise<void> | null = null;
  const drain = async () => {
    while (waiting) {
      const { copy } = waiting;
      waiting = null;
      onOutcome(copy ? await copies.write(key, copy) : await copies.clear(key));
    }
    running = null;
  };
  return {
    write(copy) {
      waiting = { copy };
      running ??= drain();
    },
    idle: async () => {
      while (running) await running;
    },
  };
}

const writers = new Map<string, WorkingCopyWriter>();
let reportOutcome: (outcome: WorkingCopyWrite) => void = () => {};

/** Where the page hears whether its working copies are being kept. */
export function onWorkingCopyOutcome(listener: (outcome: WorkingCopyWrite) => void): void {
  reportOutcome = listener;
}

/** The page's one writer for a map's working copy, so saves, reloads and edits never overtake each other. */
export function browserWorkingCopyWriter(key: string): WorkingCopyWriter {
  let writer = writers.get(key);
  if (!writer) {
    writer = createWorkingCopyWriter(browserWorkingCopies(), key, (outcome) => reportOutcome(outcome));
    writers.set(key, writer);
  }
  return writer;
}
