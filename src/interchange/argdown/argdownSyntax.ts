// Writing text Argdown reads back unchanged: statement text with its control characters escaped, and data as YAML flow.

/** Characters that open an Argdown construct anywhere in a statement (mentions, tags, bold/italic, data, comments, links). */
const ALWAYS_ESCAPED = /[\\@#*_[\]<>{}/]/;
/** `.name.` and `:name:` are Argdown shortcodes; a dot or colon followed by a space or the end cannot start one. */
const ESCAPED_BEFORE_TEXT = /[.:]/;
/** At the start of the text these begin a relation, an inference line, a list item, a heading or front matter. */
const ESCAPED_FIRST = /[-+=(>!']/;

/**
 * A label as Argdown statement text. Escaping keeps every character; what Argdown cannot hold at all (line
 * breaks, runs of spaces, spaces at the ends) makes the label `unsafe`, and the writer then also keeps it in data.
 */
export function escapeStatementText(label: string): string {
  let out = '';
  for (let i = 0; i < label.length; i++) {
    const char = label[i] as string;
    const next = label[i + 1];
    const escape = ALWAYS_ESCAPED.test(char) || (i === 0 && ESCAPED_FIRST.test(char)) || (ESCAPED_BEFORE_TEXT.test(char) && next !== undefined && next !== ' ');
    out += escape ? `\\${char}` : char;
  }
  return out;
}

/** How the reader tidies statement text: Argdown keeps a paragraph's line breaks and trailing spaces as spaces. */
export function normaliseStatementText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when the label survives escaping exactly: one line, no doubled, leading, trailing or unusual spaces. */
export function labelSurvivesText(label: string): boolean {
  return normaliseStatementText(label) === label && !/[^\P{C}]/u.test(label) && !/[^\S ]/.test(label);
}

/**
 * A YAML double-quoted string on one line that Argdown's lexer cannot cut short: its data token ends at a `}`
 * and its front matter at `===`, so braces and equals signs are written as escapes, like everything YAML
 * forbids raw (controls, lone surrogates) and the line separators JavaScript's `.` does not match.
 */
export function yamlString(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0) as number;
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\t') out += '\\t';
    else if (char === '{' || char === '}' || char === '=' || code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code === 0x2028 || code === 0x2029 || code === 0xfeff || code === 0xfffe || code === 0xffff) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += char;
  }
  return `${out}"`;
}

export type YamlValue = string | number | boolean | YamlValue[] | { [key: string]: YamlValue | undefined };

/** Words YAML reads as the same string unquoted, which keeps kinds and statuses readable: `{kind: event}`. */
const PLAIN_WORD = /^[a-z][a-z-]*$/;
const YAML_KEYWORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

/** YAML flow style on one line; keys are the writer's own identifiers. Undefined fields are left out. */
export function yamlFlow(value: YamlValue): string {
  if (typeof value === 'string') return PLAIN_WORD.test(value) && !YAML_KEYWORDS.has(value) ? value : yamlString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(yamlFlow).join(', ')}]`;
  const fields = Object.entries(value).filter((entry): entry is [string, YamlValue] => entry[1] !== undefined);
  return `{${fields.map(([key, field]) => `${key}: ${yamlFlow(field)}`).join(', ')}}`;
}
