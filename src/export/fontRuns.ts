// Text lines that need fallback fonts, split into one-font runs in bidi drawing order, for the rasterizer (resvg) and the PDF writer (pdfkit).
import bidiFactory, { type Bidi } from 'bidi-js';
import { FALLBACK_FAMILIES, type FallbackScript, fallbackForGrapheme } from './fallbackFonts.ts';
import { joinRuns } from './joinRuns.ts';
import { escapeXml } from './svg/xml.ts';

/** A run of one font (undefined: Inter), left to right among its line's runs; `text` is in reading order. */
export interface LinePiece {
  text: string;
  script?: FallbackScript;
  /** At an odd (right-to-left) bidi level. */
  odd: boolean;
  space: boolean;
}

interface Unit {
  text: string;
  level: number;
  script?: FallbackScript;
  space: boolean;
}

/** Right-to-left letters and the controls that can start a right-to-left run. */
const RTL_HINT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
/** Explicit bidi controls: they steer the order and draw nothing. */
const BIDI_CONTROL = /^[\u200e\u200f\u202a-\u202e\u2066-\u2069]+$/;
/** fontkit (inside pdfkit) reverses a word itself when its first character of a real script is right-to-left. */
const SCRIPTED = /[^\p{Script=Common}\p{Script=Inherited}\p{Cn}]/u;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

let bidiEngine: Bidi | undefined;
let segmenter: Intl.Segmenter | undefined;

const bidi = (): Bidi => (bidiEngine ??= bidiFactory());
const graphemes = (text: string) => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text);
const reversed = (text: string) => Array.from(graphemes(text), (g) => g.segment).reverse().join('');

function fontkitReverses(text: string): boolean {
  const first = SCRIPTED.exec(text);
  return first !== null && RTL_SCRIPT.test(first[0]);
}

/** resvg orders each run itself: a run holding a strong right-to-left letter is drawn right to left. */
function resvgReverses(text: string): boolean {
  for (const ch of text) {
    const type = bidi().getBidiCharTypeName(ch);
    if (type === 'R' || type === 'AL') return true;
  }
  return false;
}

/** Unicode bidi rule L2: from the highest level down to the lowest odd one, reverse every run at that level or above. */
function reorder(units: Unit[]): Unit[] {
  const out = [...units];
  const levels = out.map((u) => u.level);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < out.length; ) {
      if ((out[i] as Unit).level < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < out.length && (out[end] as Unit).level >= level) end++;
      out.splice(i, end - i, ...out.slice(i, end).reverse());
      i = end;
    }
  }
  return out;
}

/** The fallback fonts at hand (a Set of scripts will do), and when known whether one really draws a character. */
export interface LoadedFallbacks {
  has(script: FallbackScript): boolean;
  draws?(script: FallbackScript, cp: number): boolean;
}

/** The loaded fallback that draws a grapheme; undefined for Inter (which also draws the boxes for what nothing has). */
function fontOf(grapheme: string, fonts: LoadedFallbacks): FallbackScript | undefined {
  const script = fallbackForGrapheme(grapheme);
  if (!script || !fonts.has(script)) return undefined;
  return (fonts.draws?.(script, grapheme.codePointAt(0) as number) ?? true) ? script : undefined;
}

/** Whether a line needs splitting at all: it has a right-to-left character or one that a fallback font draws. */
function needsRuns(line: string, fonts: LoadedFallbacks): boolean {
  if (RTL_HINT.test(line)) return true;
  for (const { segment } of graphemes(line)) if (fontOf(segment, fonts)) return true;
  return false;
}

/**
 * One line as runs of one font and one direction, in left-to-right drawing order (the line is a left-to-right
 * paragraph, as in the canvas and resvg). Mirrored brackets are swapped in right-to-left runs.
 */
export function linePieces(line: string, fonts: LoadedFallbacks): LinePiece[] {
  const { levels } = bidi().getEmbeddingLevels(line, 'ltr');
  const mirrored = bidi().getMirroredCharactersMap(line, levels);
  const units: Unit[] = [];
  for (const { segment, index } of graphemes(line)) {
    if (BIDI_CONTROL.test(segment)) continue;
    units.push({ text: mirrored.get(index) ?? segment, level: levels[index] ?? 0, script: fontOf(segment, fonts), space: /^\s+$/.test(segment) });
  }
  const visual = reorder(units);
  const pieces: LinePiece[] = [];
  for (let i = 0; i < visual.length; ) {
    const first = visual[i] as Unit;
    const odd = first.level % 2 === 1;
    let end = i + 1;
    while (end < visual.length) {
      const next = visual[end] as Unit;
      if (next.script !== first.script || next.level % 2 !== first.level % 2 || next.space !== first.space) break;
      end++;
    }
    const shown = visual.slice(i, end).map((u) => u.text);
    pieces.push({ text: (odd ? shown.reverse() : shown).join(''), script: first.script, odd, space: first.space });
    i = end;
  }
  return pieces;
}

/** A piece as pdfkit must be handed it: fontkit reverses right-to-left words itself, so the text is pre-reversed exactly when that would be wrong. */
function forPdfkit(piece: LinePiece): string {
  return piece.odd !== fontkitReverses(piece.text) ? reversed(piece.text) : piece.text;
}

/** The same for resvg, which runs the bidi algorithm inside each run it is given. */
function forResvg(piece: LinePiece): string {
  return piece.odd !== resvgReverses(piece.text) ? reversed(piece.text) : piece.text;
}

const ENTITY = /&(amp|lt|gt|quot|apos);/g;
const CHARS: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text: string) => text.replace(ENTITY, (_, name: string) => CHARS[name] as string);
const family = (script: FallbackScript | undefined) => (script ? ` font-family="${FALLBACK_FAMILIES[script]}"` : '');

const TEXT_NODE = /(<(text|tspan)\b[^>]*>)([^<]+)(<\/\2>)/g;

/**
 * For pdfkit (via svg-to-pdfkit): each text line that needs it becomes child <tspan>s of one font each, in
 * drawing order; svg-to-pdfkit picks a font per <tspan> and places each after the one before. Other lines are kept.
 */
export function pdfRunsSvg(svg: string, fonts: LoadedFallbacks): string {
  return svg.replace(TEXT_NODE, (whole, open: string, _name: string, content: string, close: string) => {
    const line = unescape(content);
    if (!needsRuns(line, fonts)) return whole;
    const inner = linePieces(line, fonts).map((p) => `<tspan${family(p.script)}>${escapeXml(forPdfkit(p))}</tspan>`);
    return `${open}${inner.join('')}${close}`;
  });
}

/** Advance width in px of a run in its font, at a size and weight. */
export type MeasureRun = (text: string, script: FallbackScript | undefined, size: number, weight: number) => number;

/** A run shaped and drawn as SVG path data in px, its origin at the start of its baseline. */
export type OutlineRun = (text: string, script: FallbackScript, size: number, weight: number) => string;

/**
 * Scripts whose vowel signs are reordered or stacked, which resvg 2.6 shapes wrongly (a vowel sign drawn over
 * the wrong letter, letters overlapping). Their runs go to resvg as outlines shaped by fontkit, as pdfkit draws them.
 */
const OUTLINED: ReadonlySet<FallbackScript> = new Set(['devanagari', 'bengali', 'gurmukhi', 'gujarati', 'oriya', 'tamil', 'telugu', 'kannada', 'malayalam', 'sinhala', 'myanmar', 'khmer']);

const TEXT_ELEMENT = /<text\b([^>]*)>(.*?)<\/text>/gs;
const LINE = /<tspan x="([-\d.]+)" y="([-\d.]+)">([^<]*)<\/tspan>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * For resvg: each text line that needs it becomes one absolutely placed <tspan> per run (a text chunk of its
 * own), since resvg only falls back to another font for a chunk when that font has all of its glyphs or shapes
 * it into as many glyphs; runs are placed with their measured widths, honouring the line's text-anchor. Runs of
 * the OUTLINED scripts become <path>s after the <text>, filled as the text is, when `outline` is given.
 */
export function resvgRunsSvg(svg: string, fonts: LoadedFallbacks, measure: MeasureRun, outline?: OutlineRun): string {
  return svg.replace(TEXT_ELEMENT, (whole, attrs: string, inner: string) => {
    const size = Number(attr(attrs, 'font-size') ?? 16);
    const weight = Number(attr(attrs, 'font-weight') ?? 400);
    const anchor = attr(attrs, 'text-anchor') ?? 'start';
    const fill = attr(attrs, 'fill') ?? '#000';
    const direct = attr(attrs, 'x') !== undefined && !inner.includes('<');
    const lines = direct ? [{ x: Number(attr(attrs, 'x')), y: Number(attr(attrs, 'y')), content: inner }] : Array.from(inner.matchAll(LINE), (m) => ({ x: Number(m[1]), y: Number(m[2]), content: m[3] as string }));
    if (lines.length === 0 || !lines.some((l) => needsRuns(unescape(l.content), fonts))) return whole;
    if (!direct && lines.map((l) => l.content).join('') !== inner.replace(/<[^>]*>/g, '')) return whole;
    const paths: string[] = [];
    const spans = lines.map(({ x, y, content }) => {
      const line = unescape(content);
      if (!needsRuns(line, fonts)) return `<tspan x="${x}" y="${y}" text-anchor="${anchor}">${content}</tspan>`;
      const pieces = joinRuns(linePieces(line, fonts), fonts).map((p) => ({ ...p, width: measure(p.text, p.script, size, weight) }));
      const total = pieces.reduce((sum, p) => sum + p.width, 0);
      let at = x - (anchor === 'middle' ? total / 2 : anchor === 'end' ? total : 0);
      const out: string[] = [];
      for (const piece of pieces) {
        const left = Math.round(at * 100) / 100;
        if (piece.script && outline && OUTLINED.has(piece.script)) paths.push(`<path transform="translate(${left} ${y})" fill="${fill}" d="${outline(piece.text, piece.script, size, weight)}"/>`);
        else if (!piece.space) out.push(`<tspan x="${left}" y="${y}"${family(piece.script)}>${escapeXml(forResvg(piece))}</tspan>`);
        at += piece.width;
      }
      return out.join('');
    });
    const kept = attrs.replace(/\s(x|y|text-anchor)="[^"]*"/g, '');
    return `<text${kept}>${spans.join('')}</text>${paths.join('')}`;
  });
}
