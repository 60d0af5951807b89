// The map file last opened from disk, kept in the browser: a reload (the address says ?file=NAME) cannot read the disk again, so it opens this copy.
import { type KeyValueBackend, openBrowserStorage } from './storageBackends.ts';

const KEY = 'causeway:opened-file';

interface KeptFile {
  fileName: string;
  text: string;
}

let storage: Promise<KeyValueBackend | null> | null = null;

function backend(): Promise<KeyValueBackend | null> {
  storage ??= openBrowserStorage().catch(() => null);
  return storage;
}

/** Keeps one file only (the latest): a copy per file ever opened would grow without end. Failing to keep it is not an error: a reload then says so. */
export async function keepOpenedFile(fileName: string, text: string): Promise<void> {
  const store = await backend();
  await store?.set(KEY, JSON.stringify({ fileName, text } satisfies KeptFile)).catch(() => undefined);
}

/** The text kept for `fileName`, or null when this browser keeps none for it (another file opened since, storage cleared or blocked). */
export async function openedFileText(fileName: string): Promise<string | null> {
  const store = await backend();
  const stored = await store?.get(KEY).catch(() => null);
  if (!stored) return null;
  try {
    const kept = JSON.parse(stored) as Partial<KeptFile>;
    return kept.fileName === fileName && typeof kept.text === 'string' ? kept.text : null;
  } catch {
    return null;
  }
}
