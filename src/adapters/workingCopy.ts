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
  /** The newest copy kept: the one written as the page went, when no later write has landed since. */
  read(key: string): Promise<WorkingCopyRead>;
  write(key: string, copy: WorkingCopy): Promise<WorkingCopyWrite>;
  clear(key: string): Promise<WorkingCopyWrite>;
  /**
   * Keeps the copy at once, as the page goes (reload, closed tab): a write to IndexedDB started then may never
   * land. Says whether it was kept (a map too big for the synchronous store is not).
   */
  keepOnLeave(key: string, copy: WorkingCopy): boolean;
}

/** Synchronous text by key (localStorage): the only storage a page can still write to as it goes. */
export interface LeaveStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

const KEY_PREFIX = 'causeway:working-copy:';
const LEAVE_PREFIX = 'causeway:working-copy-on-leave:';
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

function encode(copy: WorkingCopy): string {
  const stored: StoredCopy = { mapText: JSON.stringify(copy.map), baseVersion: copy.baseVersion, savedAt: copy.savedAt };
  return JSON.stringify(stored);
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
export function createWorkingCopies(backend: Promise<KeyValueBackend | null>, leave: LeaveStore | null = null): WorkingCopies {
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
  const leaveCopy = (key: string): WorkingCopy | null => {
    try {
      return decode(leave?.get(LEAVE_PREFIX + key) ?? null);
    } catch {
      return null;
    }
  };
  /** A landed write makes the copy kept on leaving stale, unless that copy is newer (the page writes in order). */
  const dropLeaveCopy = (key: string, landed?: string) => {
    if (!leave) return;
    const kept = leaveCopy(key);
    if (landed !== undefined && kept && kept.savedAt > landed) return;
    try {
      leave.remove(LEAVE_PREFIX + key);
    } catch {
      // Storage went away: the copy kept on leaving stays until it can be removed.
    }
  };
  return {
    read: async (key) =>
      attempt(async (store) => {
        const stored = decode(await store.get(KEY_PREFIX + key));
        const kept = leaveCopy(key);
        return { ok: true as const, copy: kept && (!stored || kept.savedAt >= stored.savedAt) ? kept : stored };
      }),
    write: async (key, copy) =>
      attempt(async (store) => {
        await store.set(KEY_PREFIX + key, encode(copy));
        dropLeaveCopy(key, copy.savedAt);
        return { ok: true as const };
      }),
    clear: async (key) =>
      attempt(async (store) => {
        await store.delete(KEY_PREFIX + key);
        dropLeaveCopy(key);
        return { ok: true as const };
      }),
    keepOnLeave(key, copy) {
      if (!leave) return false;
      try {
        leave.set(LEAVE_PREFIX + key, encode(copy));
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** localStorage, where the browser allows it. */
function browserLeaveStore(): LeaveStore | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    return { get: (key) => storage.getItem(key), set: (key, value) => storage.setItem(key, value), remove: (key) => storage.removeItem(key) };
  } catch {
    return null;
  }
}

let browserCopies: WorkingCopies | null = null;

/** The page's working copies, in IndexedDB or else localStorage, opened once. */
export function browserWorkingCopies(): WorkingCopies {
  browserCopies ??= createWorkingCopies(openBrowserStorage(), browserLeaveStore());
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
