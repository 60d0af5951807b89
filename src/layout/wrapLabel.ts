// Greedy word wrap of a claim label into the lines its box draws.

/** Breakable spaces; no-break spaces (U+00A0, U+2007, U+202F) stay inside words. */
const SPACES = /[ \t\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+/u;
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/u;

/** V8's segmenter slows down more than linearly on long strings (100,000 characters took 11 s), so it sees short windows. */
const SEGMENT_WINDOW = 256;

const graphemes: (word: string) => string[] =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? (() => {
        const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
        return (word: string) => {
          const out: string[] = [];
          let start = 0;
          while (start < word.length) {
            let end = start + SEGMENT_WINDOW;
            // Never cut a surrogate pair: its half would pass for a grapheme of its own.
            if (end < word.length && /[\uD800-\uDBFF]/.test(word.charAt(end - 1))) end--;
            const window = Array.from(segmenter.segment(word.slice(start, end)), (s) => s.segment);
            // The window's last grapheme may be cut at the window's end: segment it again with what follows.
            const whole = end >= word.length || window.length === 1 ? window : window.slice(0, -1);
            out.push(...whole);
            for (const g of whole) start += g.length;
          }
          return out;
        };
      })()
    : (word: string) => Array.from(word);

/**
 * Splits `label` into lines no wider than `maxWidth` as measured by `measure` (additive: no kerning).
 * Words longer than a line are broken between graphemes, so emoji and combined letters stay whole;
 * a line is wider than the limit only when it is a single grapheme. Explicit line breaks are kept,
 * blank lines at the ends dropped and runs of blank lines collapsed to one. Always returns a line.
 */
export function wrapLabel(label: string, maxWidth: number, measure: (text: string) => number): string[] {
  const spaceWidth = measure(' ');
  const lines: string[] = [];
  let previousBlank = true;
  for (const paragraph of label.split(LINE_BREAKS)) {
    const words = paragraph.split(SPACES).filter((w) => w.length > 0);
    if (words.length === 0) {
      if (!previousBlank) lines.push('');
      previousBlank = true;
      continue;
    }
    previousBlank = false;
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = measure(word);
      if (line && lineWidth + spaceWidth + wordWidth <= maxWidth) {
        line += ` ${word}`;
        lineWidth += spaceWidth + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      if (wordWidth <= maxWidth) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      line = '';
      lineWidth = 0;
      for (const g of graphemes(word)) {
        const w = measure(g);
        if (line && lineWidth + w > maxWidth) {
          lines.push(line);
          line = '';
          lineWidth = 0;
        }
        line += g;
        lineWidth += w;
      }
    }
    lines.push(line);
  }
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.length > 0 ? lines : [''];
}
