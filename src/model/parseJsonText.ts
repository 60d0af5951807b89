// Turns file text into a JSON value, or a problem that names the line and column of a syntax error.
import { findJsonSyntaxError } from './findJsonSyntaxError';
import type { Problem } from './problems';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function fileProblem(message: string): JsonTextResult {
  return { ok: false, problems: [{ path: [], message }] };
}

export function parseJsonText(text: string): JsonTextResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) {
    return fileProblem(`the file has ${bytes} bytes; a map file may be at most 5 MB (${MAX_FILE_BYTES} bytes)`);
  }
  // Some Windows editors start UTF-8 files with a byte order mark, which JSON.parse rejects.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (json.trim() === '') return fileProblem('the file is empty');
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    // Engines word (and locate) syntax errors differently; our own scanner gives one message everywhere.
    const found = findJsonSyntaxError(json);
    if (!found) return fileProblem(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    const { line, column } = lineAndColumn(json, found.offset);
    return fileProblem(`not valid JSON at line ${line}, column ${column}: ${found.message}`);
  }
}
