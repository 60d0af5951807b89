// Which fallback fonts an export needs: characters Inter lacks, sorted into the scripts the shipped Noto fonts draw.
import { hasInterGlyph } from '../layout/measureText.ts';

export const FALLBACK_SCRIPTS = [
  'arabic',
  'hebrew',
  'armenian',
  'devanagari',
  'bengali',
  'gurmukhi',
  'gujarati',
  'oriya',
  'tamil',
  'telugu',
  'kannada',
  'malayalam',
  'sinhala',
  'thai',
  'lao',
  'myanmar',
  'georgian',
  'ethiopic',
  'khmer',
  'chinese',
  'korean',
  'emoji',
] as const;
export type FallbackScript = (typeof FALLBACK_SCRIPTS)[number];

/** The family name inside each font file (what resvg matches and the SVG names); 'chinese' also draws Japanese kana. */
export const FALLBACK_FAMILIES: Record<FallbackScript, string> = {
  arabic: 'Noto Sans Arabic',
  hebrew: 'Noto Sans Hebrew',
  armenian: 'Noto Sans Armenian',
  devanagari: 'Noto Sans Devanagari',
  bengali: 'Noto Sans Bengali',
  gurmukhi: 'Noto Sans Gurmukhi',
  gujarati: 'Noto Sans Gujarati',
  oriya: 'Noto Sans Oriya',
  tamil: 'Noto Sans Tamil',
  telugu: 'Noto Sans Telugu',
  kannada: 'Noto Sans Kannada',
  malayalam: 'Noto Sans Malayalam',
  sinhala: 'Noto Sans Sinhala',
  thai: 'Noto Sans Thai',
  lao: 'Noto Sans Lao',
  myanmar: 'Noto Sans Myanmar',
  georgian: 'Noto Sans Georgian',
  ethiopic: 'Noto Sans Ethiopic',
  khmer: 'Noto Sans Khmer',
  chinese: 'Noto Sans S Chinese',
  korean: 'Noto Sans Korean',
  emoji: 'Noto Emoji',
};

const BOTH = [400, 600] as const;

/** Weights shipped per script: the alphabets and abugidas are small enough for both (50-360 KB a file); CJK (8 MB a file) and emoji get one. */
export const FALLBACK_WEIGHTS: Record<FallbackScript, readonly (400 | 600)[]> = {
  arabic: BOTH,
  hebrew: BOTH,
  armenian: BOTH,
  devanagari: BOTH,
  bengali: BOTH,
  gurmukhi: BOTH,
  gujarati: BOTH,
  oriya: BOTH,
  tamil: BOTH,
  telugu: BOTH,
  kannada: BOTH,
  malayalam: BOTH,
  sinhala: BOTH,
  thai: BOTH,
  lao: BOTH,
  myanmar: BOTH,
  georgian: BOTH,
  ethiopic: BOTH,
  khmer: BOTH,
  chinese: [600],
  korean: [600],
  emoji: [400],
};

/** One fallback font file's bytes, as a backend hands them to resvg or pdfkit. */
export interface FallbackFont {
  script: FallbackScript;
  weight: 400 | 600;
  bytes: Uint8Array;
}

type Range = readonly [number, number];

/** The first code point of any range: everything below (Latin, Greek, Cyrillic) is Inter's or drawn as a box. */
const FIRST_FALLBACK = 0x0530;

const RANGES: readonly (readonly [FallbackScript, readonly Range[]])[] = [
  ['armenian', [[0x0530, 0x058f], [0xfb13, 0xfb17]]],
  ['hebrew', [[0x0590, 0x05ff], [0xfb1d, 0xfb4f]]],
  ['arabic', [[0x0600, 0x06ff], [0x0750, 0x077f], [0x0870, 0x08ff], [0xfb50, 0xfdff], [0xfe70, 0xfefe]]],
  ['devanagari', [[0x0900, 0x097f], [0xa8e0, 0xa8ff]]],
  ['bengali', [[0x0980, 0x09ff]]],
  ['gurmukhi', [[0x0a00, 0x0a7f]]],
  ['gujarati', [[0x0a80, 0x0aff]]],
  ['oriya', [[0x0b00, 0x0b7f]]],
  ['tamil', [[0x0b80, 0x0bff], [0x11fc0, 0x11fff]]],
  ['telugu', [[0x0c00, 0x0c7f]]],
  ['kannada', [[0x0c80, 0x0cff]]],
  ['malayalam', [[0x0d00, 0x0d7f]]],
  ['sinhala', [[0x0d80, 0x0dff], [0x111e0, 0x111ff]]],
  ['thai', [[0x0e00, 0x0e7f]]],
  ['lao', [[0x0e80, 0x0eff]]],
  ['myanmar', [[0x1000, 0x109f], [0xa9e0, 0xa9ff], [0xaa60, 0xaa7f]]],
  ['georgian', [[0x10a0, 0x10ff], [0x1c90, 0x1cbf], [0x2d00, 0x2d2f]]],
  ['ethiopic', [[0x1200, 0x139f], [0x2d80, 0x2ddf], [0xab00, 0xab2f], [0x1e7e0, 0x1e7ff]]],
  ['khmer', [[0x1780, 0x17ff], [0x19e0, 0x19ff]]],
  ['korean', [[0x1100, 0x11ff], [0x3130, 0x318f], [0xa960, 0xa97f], [0xac00, 0xd7ff], [0xffa0, 0xffdc]]],
  [
    'chinese',
    [[0x2e80, 0x2fdf], [0x3000, 0x312f], [0x3190, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff9f], [0xffe0, 0xffef], [0x20000, 0x3ffff]],
  ],
  ['emoji', [[0x2300, 0x23ff], [0x2600, 0x27bf], [0x2b00, 0x2bff], [0x1f000, 0x1faff]]],
];

/** The fallback script of a code point Inter lacks, if one of the shipped fonts draws it. */
export function fallbackScriptOf(cp: number): FallbackScript | undefined {
  if (cp < FIRST_FALLBACK) return undefined;
  for (const [script, ranges] of RANGES) {
    for (const [first, last] of ranges) if (cp >= first && cp <= last) return script;
  }
  return undefined;
}

/** Variation selector 16 and the keycap mark turn the character before them into an emoji. */
const EMOJI_MARKERS = /[\uFE0F\u20E3]/;

/** The fallback that draws one grapheme, or undefined when Inter draws it (or nothing shipped can). */
export function fallbackForGrapheme(grapheme: string): FallbackScript | undefined {
  if (EMOJI_MARKERS.test(grapheme)) return 'emoji';
  const cp = grapheme.codePointAt(0) as number;
  return hasInterGlyph(cp) ? undefined : fallbackScriptOf(cp);
}

/**
 * The fallback fonts a text needs, in FALLBACK_SCRIPTS order; empty for text Inter covers, so a Latin map
 * loads nothing more. Works on an SVG document too: its markup is ASCII.
 */
export function neededFallbackFonts(text: string): FallbackScript[] {
  const found = new Set<FallbackScript>();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < FIRST_FALLBACK) continue;
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    const script = cp === 0xfe0f || cp === 0x20e3 ? 'emoji' : hasInterGlyph(cp) ? undefined : fallbackScriptOf(cp);
    if (script) found.add(script);
  }
  return FALLBACK_SCRIPTS.filter((script) => found.has(script));
}
