// Locates the first JSON syntax error and names it in plain words, the same in every browser engine.

export interface JsonSyntaxError {
  /** Offset in UTF-16 code units where the problem starts. */
  offset: number;
  message: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrtu';
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** Offset just past the closing quote of the string that opens at `start`, or the error inside it. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) return i + 1;
    if (code < 32) return { offset: i, message: 'a line break or control character inside quotes (write \\n instead)' };
    if (code === 92) {
      const escaped = text.charAt(i + 1);
      if (escaped === '') break;
      if (!ESCAPES.includes(escaped)) return { offset: i, message: `'\\${escaped}' is not a JSON escape` };
      if (escaped === 'u' && !HEX4.test(text.slice(i + 2, i + 6))) return { offset: i, message: "'\\u' must be followed by four hex digits" };
      i += escaped === 'u' ? 5 : 1;
    }
  }
  return { offset: start, message: 'these quotes are never closed' };
}

/** Offset just past the number, string or literal at `start`, or why none starts there. */
function scanScalar(text: string, start: number): number | JsonSyntaxError {
  const c = text.charAt(start);
  if (c === '"') return scanString(text, start);
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, start)) return start + literal.length;
  }
  NUMBER.lastIndex = start;
  if (NUMBER.exec(text)) return NUMBER.lastIndex;
  if (c === "'") return { offset: start, message: 'text must be in double quotes, not single quotes' };
  return { offset: start, message: `expected a value (text in double quotes, a number, true, false, null, an object or a list), not '${c}'` };
}

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'next';

/**
 * Iterative (an explicit stack, no recursion) so a deeply nested file cannot overflow the call stack.
 * Returns undefined when the text is valid JSON.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const open: ('}' | ']')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
    if (i >= text.length) {
      if (expect === 'next' && open.length === 0) return undefined;
      return { offset: i, message: 'the text ends before the JSON is complete' };
    }
    const c = text.charAt(i);
    const close = open.at(-1);
    if ((expect === 'valueOrClose' || expect === 'keyOrClose') && c === close) {
      open.pop();
      i++;
      expect = 'next';
    } else if (expect === 'value' || expect === 'valueOrClose') {
      if (c === '{' || c === '[') {
        open.push(c === '{' ? '}' : ']');
        expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
        i++;
        continue;
      }
      if (c === close) return { offset: i, message: `a comma must not come right before '${c}'` };
      const end = scanScalar(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = 'next';
    } else if (expect === 'key' || expect === 'keyOrClose') {
      if (c === close) return { offset: i, message: `a comma must not come right before '${c}'` };
      if (c !== '"') return { offset: i, message: 'expected a property name in double quotes' };
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
      if (text.charAt(i) !== ':') return { offset: i, message: "expected ':' after the property name" };
      i++;
      expect = 'value';
    } else if (close === undefined) {
      return { offset: i, message: 'unexpected text after the end of the JSON' };
    } else if (c === ',') {
      i++;
      expect = close === '}' ? 'key' : 'value';
    } else if (c === close) {
      open.pop();
      i++;
    } else {
      return { offset: i, message: `expected ',' or '${close}'` };
    }
  }
}
