// File text to JSON: the size limit, byte order marks, and syntax errors located by line and column in plain words.
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './findJsonSyntaxError.ts';
import { MAX_FILE_BYTES, lineAndColumn, parseJsonText } from './parseJsonText.ts';

function messageOf(text: string): string | undefined {
  const result = parseJsonText(text);
  return result.ok ? undefined : result.problems.map((p) => p.message).join('; ');
}

describe('parseJsonText', () => {
  it('parses valid JSON, also after a byte order mark', () => {
    expect(parseJsonText('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['{\n  "a": 1,\n}', 'line 3, column 1: a comma must not come right before \'}\''],
    ['[1, 2,]', "line 1, column 7: a comma must not come right before ']'"],
    ['{\n  "a": 1\n  "b": 2\n}', "line 3, column 3: expected ',' or '}'"],
    ['[1 2]', "line 1, column 4: expected ',' or ']'"],
    ["{'a': 1}", 'line 1, column 2: expected a property name in double quotes'],
    ['{"a" 1}', "line 1, column 6: expected ':' after the property name"],
    ['{"a": x}', "line 1, column 7: expected a value (text in double quotes, a number, true, false, null, an object or a list), not 'x'"],
    ["{\"a\": 'x'}", 'line 1, column 7: text must be in double quotes, not single quotes'],
    ['{"a": "b\nc"}', 'line 1, column 9: a line break or control character inside quotes (write \\n instead)'],
    ['{"a": "\\q"}', "line 1, column 8: '\\q' is not a JSON escape"],
    ['{"a": "\\u12"}', "line 1, column 8: '\\u' must be followed by four hex digits"],
    ['{"a": "open}', 'line 1, column 7: these quotes are never closed'],
    ['{"a": [1,\n', 'line 2, column 1: the text ends before the JSON is complete'],
    ['{"a": 1}}', 'line 1, column 9: unexpected text after the end of the JSON'],
  ])('locates the error in %j', (text, where) => {
    expect(messageOf(text)).toBe(`not valid JSON at ${where}`);
  });

  it('says plainly that an empty file is empty', () => {
    expect(messageOf('')).toBe('the file is empty');
    expect(messageOf(' \n\t')).toBe('the file is empty');
  });

  it('refuses more than 5 MB, counting bytes, not characters', () => {
    expect(parseJsonText(`"${'x'.repeat(MAX_FILE_BYTES - 2)}"`).ok).toBe(true);
    expect(messageOf(`"${'x'.repeat(MAX_FILE_BYTES - 1)}"`)).toBe(
      `the file has ${MAX_FILE_BYTES + 1} bytes; a map file may be at most 5 MB (${MAX_FILE_BYTES} bytes)`,
    );
    expect(messageOf(`"${'é'.repeat(MAX_FILE_BYTES / 2)}"`)).toMatch(/^the file has \d+ bytes/);
  });
});

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON, however deeply nested', () => {
    for (const text of ['0', '-1.5e+3', '"\\u00e9\\n"', 'true', ' null ', '{}', '[]', '{"a":{"b":[1,{"c":false}]}}']) {
      expect(findJsonSyntaxError(text), text).toBeUndefined();
    }
    const depth = 100_000;
    expect(findJsonSyntaxError('['.repeat(depth) + ']'.repeat(depth))).toBeUndefined();
    expect(findJsonSyntaxError('['.repeat(depth) + ']'.repeat(depth - 1))).toMatchObject({ offset: 2 * depth - 1 });
  });
});

describe('lineAndColumn', () => {
  it('counts lines from 1 and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
