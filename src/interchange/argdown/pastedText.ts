// Text pasted on the canvas: Argdown as it is, or an indented Markdown list (+ supports, - objects) turned into Argdown.

/** A list item: its indentation, its marker and its text. */
const ITEM = /^([ \t]*)([-+*])[ \t]+(\S.*)$/;
/** Lines only Argdown writes: a titled statement or argument, a relation arrow, or front matter. */
const ARGDOWN_LINE = /^\s*(?:\[[^\]\n]+\]:?|<[^>\n]+>:?|<?[-+]>?\s+[[<]|_>|><|===)/m;

/** An indented Markdown list: every line an item, and at least one item under another. */
export function isIndentedList(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  if (lines.length < 2 || !lines.every((line) => ITEM.test(line))) return false;
  return lines.some((line) => /^[ \t]+/.test(line));
}

export function looksLikeArgdown(text: string): boolean {
  return ARGDOWN_LINE.test(text);
}

/** Whether a paste is for the importer: Argdown, or an indented list; anything else is left to the page. */
export function isPastedArgument(text: string): boolean {
  return looksLikeArgdown(text) || isIndentedList(text);
}

/** Argdown escapes for list text, which is plain words: every character Argdown might read as markup. */
function plain(text: string): string {
  return text.trim().replace(/[\\@#*_[\]<>{}/.:]/g, (char) => `\\${char}`);
}

/**
 * The list as Argdown: an item at the left margin is a claim; an item under it starting with `+` supports it,
 * with `-` objects to it (`*` supports too). Deeper items answer the item above them in the same way.
 */
export function listToArgdown(text: string): string {
  const out: string[] = [];
  const depths: number[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const match = ITEM.exec(line);
    if (!match) continue;
    const width = (match[1] as string).replace(/\t/g, '    ').length;
    while (depths.length > 0 && (depths.at(-1) as number) >= width) depths.pop();
    const level = depths.length;
    depths.push(width);
    const words = plain(match[3] as string);
    if (level === 0) {
      if (out.length > 0) out.push('');
      out.push(words);
    } else {
      out.push(`${'  '.repeat(level)}${match[2] === '-' ? '-' : '+'} ${words}`);
    }
  }
  return `${out.join('\n')}\n`;
}
