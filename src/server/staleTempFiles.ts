// Removes the temp files that saves cut short by a crash left in the maps folder, once no save can still be writing them.
import { lstat, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { mapNameOfFile } from './mapName.ts';
import { TEMP_FILE_NAME } from './writeFileAtomic.ts';

/**
 * A save writes its temp file and renames it within a second or two. Ten minutes untouched means the save that made it
 * died; a second server on the same folder (or another machine on a shared one) may be mid-save on a younger one,
 * which is therefore left alone. Age needs no lock that a crash could leave held.
 */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/** Whether `file` is a temp file a save of a map makes (`.NAME.json.<hex>.tmp`), not any other hidden file. */
export function isMapTempFile(file: string): boolean {
  const match = TEMP_FILE_NAME.exec(file);
  return match !== null && mapNameOfFile(match[1] as string) !== undefined;
}

/** The names removed. Regular files only (never a link or a folder under such a name); anything that fails is left for the next start. */
export async function removeStaleTempFiles(dir: string, now = Date.now()): Promise<string[]> {
  let files: string[];
  try {
    files = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const file of files.filter(isMapTempFile)) {
    const full = path.join(dir, file);
    try {
      const info = await lstat(full);
      if (!info.isFile() || now - info.mtimeMs < STALE_TEMP_MS) continue;
      await unlink(full);
      removed.push(file);
    } catch {
      // Gone already (another server cleaned up) or not ours to remove: nothing to do.
    }
  }
  return removed;
}
