// Turns file text into a JSON value, or a problem that names the line and column of a syntax error.
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

export function parseJsonText(text: string): JsonTextResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return { ok: false, problems: [{ path: [], message: `the file is ${mb} MB; a map file may be at most 5 MB` }] };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(raw);
    const where = position ? lineAndColumn(text, Number(position[1])) : undefined;
    const detail = raw.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/s, '');
    const message = where
      ? `not valid JSON at line ${where.line}, column ${where.column}: ${detail}`
      : `not valid JSON: ${detail}`;
    return { ok: false, problems: [{ path: [], message }] };
  }
}
