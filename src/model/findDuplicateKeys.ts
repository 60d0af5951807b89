// Finds keys that appear more than once in one JSON object, which JSON.parse would silently collapse to the last.
import type { PathSegment } from './problems.ts';

export interface DuplicateKey {
  /** Path of the object that holds the key twice. */
  path: PathSegment[];
  key: string;
  /** 1-based line of every occurrence, in file order. */
  lines: number[];
}

type Frame =
  | { kind: 'object'; key: string; expectKey: boolean; seen: Map<string, number>; repeated?: Map<string, number[]> }
  | { kind: 'array'; index: number };

/** A quote after an odd number of backslashes is part of the text, not its end. */
function isEscaped(text: string, quote: number): boolean {
  let before = quote - 1;
  while (text.charCodeAt(before) === 92) before--;
  return (quote - 1 - before) % 2 === 1;
}

function segmentOf(frame: Frame): PathSegment {
  return frame.kind === 'object' ? frame.key : frame.index;
}

/**
 * One pass with an explicit stack (no recursion: a deeply nested file cannot overflow the call stack) over text
 * that JSON.parse has already accepted, so the scanner may assume valid JSON. Stops collecting after `limit`.
 */
export function findDuplicateKeys(text: string, limit = Number.POSITIVE_INFINITY): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let line = 1;
  const close = (): void => {
    const frame = stack.pop();
    if (frame?.kind !== 'object' || !frame.repeated) return;
    const path = stack.map(segmentOf);
    for (const [key, lines] of frame.repeated) found.push({ path, key, lines });
  };
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const code = text.charCodeAt(i);
    const top = stack.at(-1);
    if (code === 34) {
      const start = i;
      i = text.indexOf('"', i + 1);
      while (i > 0 && isEscaped(text, i)) i = text.indexOf('"', i + 1);
      // Unclosed quotes cannot come from text JSON.parse accepted; stop rather than loop if a caller passes some.
      if (i < 0) break;
      if (top?.kind !== 'object' || !top.expectKey) continue;
      const raw = text.slice(start, i + 1);
      const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      top.key = key;
      top.expectKey = false;
      const first = top.seen.get(key);
      if (first === undefined) {
        top.seen.set(key, line);
      } else {
        top.repeated ??= new Map();
        const lines = top.repeated.get(key);
        if (lines) lines.push(line);
        else top.repeated.set(key, [first, line]);
      }
    } else if (code === 10) {
      line++;
    } else if (code === 123) {
      stack.push({ kind: 'object', key: '', expectKey: true, seen: new Map() });
    } else if (code === 91) {
      stack.push({ kind: 'array', index: 0 });
    } else if (code === 125 || code === 93) {
      close();
    } else if (code === 44 && top) {
      if (top.kind === 'object') top.expectKey = true;
      else top.index++;
    }
  }
  return found.sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0)).slice(0, limit);
}
