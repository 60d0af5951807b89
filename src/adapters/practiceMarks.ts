// A student's practice marks per map in the browser (IndexedDB or localStorage), apart from the map and its working copy.
import { STATUSES, type Status } from '../model/schema.ts';
import { type KeyValueBackend, openBrowserStorage } from './storageBackends.ts';

export type PracticeMarks = Readonly<Record<string, Status>>;

export interface PracticeMarksStore {
  /** The marks kept for `key`, or none when nothing (or nothing readable) is kept. */
  read(key: string): Promise<PracticeMarks>;
  /** False when the browser keeps nothing; practice still works, the marks are just not kept. */
  write(key: string, marks: PracticeMarks): Promise<boolean>;
}

const KEY_PREFIX = 'causeway:practice-marks:';

/** Stored text is outside input: only known statuses survive. */
export function decodeMarks(text: string | null): PracticeMarks {
  if (text === null) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const marks: Record<string, Status> = {};
    for (const [id, status] of Object.entries(value)) {
      if ((STATUSES as readonly unknown[]).includes(status)) marks[id] = status as Status;
    }
    return marks;
  } catch {
    return {};
  }
}

export function createPracticeMarksStore(backend: Promise<KeyValueBackend | null>): PracticeMarksStore {
  const ready = backend.catch(() => null);
  return {
    read: async (key) => {
      const store = await ready;
      if (!store) return {};
      try {
        return decodeMarks(await store.get(KEY_PREFIX + key));
      } catch {
        return {};
      }
    },
    write: async (key, marks) => {
      const store = await ready;
      if (!store) return false;
      try {
        if (Object.keys(marks).length === 0) await store.delete(KEY_PREFIX + key);
        else await store.set(KEY_PREFIX + key, JSON.stringify(marks));
        return true;
      } catch {
        return false;
      }
    },
  };
}

let browserStore: PracticeMarksStore | null = null;

export function browserPracticeMarks(): PracticeMarksStore {
  browserStore ??= createPracticeMarksStore(openBrowserStorage());
  return browserStore;
}
