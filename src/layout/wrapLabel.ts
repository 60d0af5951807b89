// Greedy word wrap of a claim label into the lines its box draws.

/** Breakable spaces; no-break spaces (U+00A0, U+2007, U+202F) stay inside words. */
const SPACES = /[ \t\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+/u;
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/u;

/** V8's segmenter slows down more than linearly on long strings (100,000 characters took 11 s), so it sees short windows. */
const SEGMENT_WINDOW = 256;

/** Thai, Lao, Myanmar and Khmer: written without spaces between words, so the segmenter finds where lines may break. */
const UNSPACED_SCRIPTS = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f]/u;

type Segment = { segment: string; isWordLike?: boolean };

/** Segments of `text` in windows, each window's last segment segmented again with what follows (it may be cut there). */
function windowed(segment: (text: string) => Iterable<Segment>, text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  while (start < text.length) {
    let end = start + SEGMENT_WINDOW;
    // Never cut a surrogate pair: its half would pass for a segment of its own.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
    const window = Array.from(segment(text.slice(start, end)));
    const whole = end >= text.length || window.length === 1 ? window : window.slice(0, -1);
    out.push(...whole);
    for (const s of whole) start += s.segment.length;
  }
  return out;
}

const hasSegmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl;

/** Made on first use: creating a segmenter loads ICU data (~20 ms at page start), and most labels never need it. */
let graphemeSegmenter: Intl.Segmenter | undefined;

function graphemes(word: string): string[] {
  if (!hasSegmenter) return Array.from(word);
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const segmenter = graphemeSegmenter;
  return windowed((text) => segmenter.segment(text), word).map((s) => s.segment);
}

let wordSegmenter: Intl.Segmenter | undefined;

/**
 * A space-free stretch of Thai, Lao, Myanmar or Khmer cut into its words (the segmenter's dictionaries);
 * punctuation stays with the word before it, so a line does not start with a closing mark. Other text is one piece.
 */
function wordsOf(word: string): string[] {
  if (!hasSegmenter || !UNSPACED_SCRIPTS.test(word)) return [word];
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const segmenter = wordSegmenter;
  const pieces: string[] = [];
  for (const { segment, isWordLike } of windowed((text) => segmenter.segment(text), word)) {
    if (!isWordLike && pieces.length > 0) pieces[pieces.length - 1] += segment;
    else pieces.push(segment);
  }
  return pieces;
}

/**
 * Splits `label` into lines no wider than `maxWidth` as measured by `measure` (additive: no kerning).
 * Lines break at spaces, and in Thai, Lao, Myanmar and Khmer between words too. Words longer than a line are broken between graphemes, so emoji and combined letters stay whole;
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
    const unspaced = UNSPACED_SCRIPTS.test(paragraph);
    for (const word of words) {
      // Words of an unspaced script follow each other without a space, and a line may break between them.
      const parts = unspaced ? wordsOf(word) : undefined;
      const count = parts ? parts.length : 1;
      for (let i = 0; i < count; i++) {
        const part = parts ? (parts[i] as string) : word;
        const gapWidth = i === 0 ? spaceWidth : 0;
        const partWidth = measure(part);
        if (line && lineWidth + gapWidth + partWidth <= maxWidth) {
          line += i === 0 ? ` ${part}` : part;
          lineWidth += gapWidth + partWidth;
          continue;
        }
        if (line) lines.push(line);
        if (partWidth <= maxWidth) {
          line = part;
          lineWidth = partWidth;
          continue;
        }
        line = '';
        lineWidth = 0;
        for (const g of graphemes(part)) {
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
    }
    lines.push(line);
  }
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.length > 0 ? lines : [''];
}
