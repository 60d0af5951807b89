// Lets the person pick a map file from disk and reads its text, refusing files too big to be a map.
import { MAX_FILE_BYTES } from '../model/parseJsonText.ts';

export type PickedFile = { ok: true; fileName: string; text: string } | { ok: false; fileName: string; message: string };

/** Opens the system file dialog; resolves to null when the person cancels it. */
export function pickFile(accept = '.json,application/json'): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

export async function readFileText(file: File): Promise<PickedFile> {
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    return { ok: false, fileName: file.name, message: `the file is ${mb} MB; a map file may be at most 5 MB` };
  }
  try {
    return { ok: true, fileName: file.name, text: await file.text() };
  } catch (error) {
    return { ok: false, fileName: file.name, message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
