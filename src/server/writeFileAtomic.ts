// Replaces a file all at once: a temp file in the same folder, written and flushed, then renamed over the old one.
import { randomBytes } from 'node:crypto';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Hidden and not ending in .json, so a temp file is never listed as a map even if a crash leaves one behind. */
export function isTempFile(file: string): boolean {
  return file.startsWith('.') && file.endsWith('.tmp');
}

/** The name writeFileAtomic gives its temp file for `file`: `.NAME.json.<16 hex digits>.tmp` beside it. */
export function tempFileFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
}

/** Exactly the names tempFileFor gives, so only files a save of ours made are ever cleaned up. */
export const TEMP_FILE_NAME = /^\.(.+)\.[0-9a-f]{16}\.tmp$/;

async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Some platforms cannot fsync a folder; the rename itself is still atomic there.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Readers see the old content or the new, never a mix; on any failure the temp file is removed and the old file
 * is untouched. The temp file is opened with O_EXCL, so a planted symlink at its name is never followed, and the
 * rename replaces a link at `file` instead of writing through it.
 */
export async function writeFileAtomic(file: string, content: string, mode = 0o644): Promise<void> {
  const temp = tempFileFor(file);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', mode);
    await handle.writeFile(content, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(file));
}
