// Width of a string in Inter at a size and weight, from the generated advance widths (no DOM, so Node and workers agree with the browser).
import { INTER_METRICS, RUNS, UNITS_PER_EM, WIDTH_DIGITS, type WeightMetrics } from './fontMetrics.ts';
import { SCRIPT_ADVANCES } from './scriptMetrics.ts';

export type FontWeight = 400 | 600;

/**
 * Advance widths indexed by code point up to the last one Inter has (-1 where it has none): every layout
 * sizes every label from scratch, and an array index is several times cheaper than a Map lookup.
 */
type WidthTable = { widths: Int32Array; average: number };

/** Marks a code point Inter does not draw; its advances are never negative. */
const NONE = -1;

function buildTable(metrics: WeightMetrics): WidthTable {
  let last = 0;
  for (const [first, count] of RUNS) last = Math.max(last, first + count - 1);
  const widths = new Int32Array(last + 1).fill(NONE);
  const digit = (at: number) => WIDTH_DIGITS.indexOf(metrics.widths.charAt(at));
  let at = 0;
  for (const [first, count] of RUNS) {
    for (let cp = first; cp < first + count; cp++, at += 2) widths[cp] = digit(at) * 64 + digit(at + 1);
  }
  return { widths, average: metrics.average };
}

const widthOf = (table: WidthTable, cp: number): number => (cp < table.widths.length ? (table.widths[cp] as number) : NONE);

const TABLES: Record<FontWeight, WidthTable> = { 400: buildTable(INTER_METRICS[400]), 600: buildTable(INTER_METRICS[600]) };

/** Zero-width: controls, joiners, variation selectors and combining marks Inter lacks (the browser stacks them). */
function isZeroWidth(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp < 0xa0) ||
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** Characters a fallback font draws a full em wide: CJK, Hangul and fullwidth forms. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Emoji and pictographs: Noto Emoji (the export's fallback) and the common colour emoji fonts draw them about 1.27 em wide. */
function isEmoji(cp: number): boolean {
  return (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x1f000 && cp <= 0x1faff);
}

/** Noto Emoji's advance, 2600 of its 2048 units per em. */
const EMOJI_UNITS = Math.round((2600 / 2048) * UNITS_PER_EM);

/** Vowel signs and other marks drawn over, under or inside the letter before them. */
const NONSPACING = /[\p{Mn}\p{Me}]/u;

/** Indic, Southeast Asian, Georgian, Armenian and Ethiopic letters at their Noto font's mean width (wider than Inter's in Tamil or Malayalam); their non-spacing marks at none. */
function scriptAdvance(cp: number): number | undefined {
  for (const [first, last, units] of SCRIPT_ADVANCES) {
    if (cp >= first && cp <= last) return NONSPACING.test(String.fromCodePoint(cp)) ? 0 : units;
  }
  return undefined;
}

function advance(table: WidthTable, cp: number): number {
  const known = widthOf(table, cp);
  if (known !== NONE) return known;
  if (isZeroWidth(cp)) return 0;
  if (isEmoji(cp)) return EMOJI_UNITS;
  if (isWide(cp)) return UNITS_PER_EM;
  return (cp >= 0x0530 ? scriptAdvance(cp) : undefined) ?? table.average;
}

/** Whether Inter draws this code point itself (otherwise an export needs a fallback font for it). */
export function hasInterGlyph(cp: number): boolean {
  return widthOf(TABLES[400], cp) !== NONE;
}

/** Weights other than Inter's two loaded ones snap to the nearer of them. */
function tableFor(weight: number): WidthTable {
  return weight >= 500 ? TABLES[600] : TABLES[400];
}

/** Sum of advance widths in px; kerning is ignored (boxes carry padding for it). */
export function measureText(text: string, size: number, weight: number): number {
  const table = tableFor(weight);
  let units = 0;
  // By code point, as for...of reads a string (a lone surrogate counts as itself), without its iterator.
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    units += advance(table, cp);
  }
  return (units * size) / UNITS_PER_EM;
}
