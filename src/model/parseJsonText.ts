// Turns file text into a JSON value, or a problem that names the line and column of a syntax error.
import { type DuplicateKey, findDuplicateKeys } from './findDuplicateKeys.ts';
import { findJsonSyntaxError } from './findJsonSyntaxError.ts';
import type { Problem } from './problems.ts';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Matches the load gate's cap on problems: enough to fix a file. */
const MAX_DUPLICATES = 50;

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

const SHOWN_KEY_LENGTH = 40;

/** 'on line 7' or 'on lines 4, 9 and 12' */
function listLines(lines: readonly number[]): string {
  const unique = [...new Set(lines)];
  if (unique.length === 1) return `on line ${unique[0]}`;
  return `on lines ${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

function duplicateProblem({ path, key, lines }: DuplicateKey): Problem {
  const shown = key.length > SHOWN_KEY_LENGTH ? `${key.slice(0, SHOWN_KEY_LENGTH)}…` : key;
  const times = lines.length === 2 ? 'twice' : `${lines.length} times`;
  return { path, message: `the key '${shown}' appears ${times} (${listLines(lines)}); JSON would keep only the last, so delete the others` };
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
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    // Engines word (and locate) syntax errors differently; our own scanner gives one message everywhere.
    const found = findJsonSyntaxError(json);
    if (!found) return fileProblem(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    const { line, column } = lineAndColumn(json, found.offset);
    return fileProblem(`not valid JSON at line ${line}, column ${column}: ${found.message}`);
  }
  const duplicates = findDuplicateKeys(json, MAX_DUPLICATES);
  if (duplicates.length > 0) return { ok: false, problems: duplicates.map(duplicateProblem) };
  return { ok: true, value };
}
