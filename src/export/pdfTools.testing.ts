// Test helper: what poppler's pdftotext and pdfinfo read from a PDF, as a reader's tools would see it.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function withFile<T>(bytes: Uint8Array, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'causeway-pdf-'));
  try {
    const file = path.join(dir, 'file.pdf');
    await writeFile(file, bytes);
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** pdfinfo's page count and first page size in points, e.g. { pages: 3, width: 595.28, height: 841.89 }. */
export function pdfInfo(bytes: Uint8Array): Promise<{ pages: number; width: number; height: number }> {
  return withFile(bytes, async (file) => {
    const { stdout } = await run('pdfinfo', [file]);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout);
    const pages = /Pages:\s+(\d+)/.exec(stdout);
    if (!size || !pages) throw new Error(`pdfinfo said:\n${stdout}`);
    return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]) };
  });
}

/** pdftotext's text of each page, with runs of white space made one space (lines wrap where the layout wraps them). */
export function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  return withFile(bytes, async (file) => {
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    return stdout
      .split('\f')
      .slice(0, -1)
      .map((page) => page.replace(/\s+/g, ' ').trim());
  });
}

/** The same white-space folding, for the text a page should hold. */
export function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
