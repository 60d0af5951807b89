import { describe, expect, it } from 'vitest';
import { FALLBACK_SCRIPTS } from './fallbackFonts.ts';
import { linePieces, pdfRunsSvg, resvgRunsSvg } from './fontRuns.ts';

const all = new Set(FALLBACK_SCRIPTS);
const drawn = (line: string) => linePieces(line, all).map((p) => (p.script ? `${p.script}:${p.text}` : p.text));

describe('linePieces', () => {
  it('puts right-to-left words in drawing order, each word still in reading order', () => {
    expect(drawn('שלום עולם — Hebrew')).toEqual(['hebrew:עולם', ' ', 'hebrew:שלום', ' ', '—', ' ', 'Hebrew']);
  });

  it('keeps numbers left to right inside right-to-left text and mirrors brackets', () => {
    expect(drawn('في ٢٥ يونيو')).toEqual(['arabic:يونيو', ' ', 'arabic:٢٥', ' ', 'arabic:في']);
    expect(drawn('قال (لا)')).toEqual(['(', 'arabic:لا', ')', ' ', 'arabic:قال']);
  });

  it('splits where the font changes and keeps emoji sequences whole', () => {
    expect(drawn('Emoji 👨‍👩‍👧 and 朝鲜')).toEqual(['Emoji', ' ', 'emoji:👨‍👩‍👧', ' ', 'and', ' ', 'chinese:朝鲜']);
  });

  it('leaves a script whose font is not loaded, or a character the loaded font lacks, to Inter', () => {
    expect(linePieces('x 朝', new Set(['arabic'])).map((p) => p.script)).toEqual([undefined, undefined, undefined]);
    const noCheckMark = { has: () => true, draws: (_script: string, cp: number) => cp !== 0x2713 };
    expect(linePieces('✓ 🚀', noCheckMark).map((p) => p.script)).toEqual([undefined, undefined, 'emoji']);
  });
});

describe('the SVG run splitting', () => {
  const latin = '<svg><text font-size="14" font-weight="600"><tspan x="12" y="40">Plain &amp; Latin</tspan></text><text x="5" y="9" font-size="11" text-anchor="middle">causes</text></svg>';

  it('leaves Latin-only text untouched', () => {
    expect(pdfRunsSvg(latin, all)).toBe(latin);
    expect(resvgRunsSvg(latin, all, () => 10)).toBe(latin);
  });

  it('gives pdfkit one <tspan> per font in drawing order, as the bidi algorithm places a bracketed number after Hebrew', () => {
    const svg = '<svg><text font-size="14"><tspan x="12" y="40">שלום (1950)</tspan></text></svg>';
    expect(pdfRunsSvg(svg, all)).toBe('<svg><text font-size="14"><tspan x="12" y="40"><tspan>(</tspan><tspan>1950</tspan><tspan>)</tspan><tspan> </tspan><tspan font-family="Noto Sans Hebrew">שלום</tspan></tspan></text></svg>');
  });

  it('places each run of a line as its own chunk for resvg, centred as a whole on a middle anchor', () => {
    const svg = '<svg><text x="100" y="9" font-size="10" font-weight="400" text-anchor="middle">ab 朝</text></svg>';
    const widths: Record<string, number> = { ab: 20, ' ': 5, 朝: 10 };
    const out = resvgRunsSvg(svg, all, (text) => widths[text] ?? 0);
    expect(out).toBe('<svg><text font-size="10" font-weight="400"><tspan x="82.5" y="9">ab</tspan><tspan x="107.5" y="9" font-family="Noto Sans S Chinese">朝</tspan></text></svg>');
  });

  it('draws runs of scripts resvg shapes wrongly as outlines after the text, filled as the text is', () => {
    const svg = '<svg><text x="100" y="9" font-size="10" font-weight="600" fill="#111" text-anchor="middle">ab कि</text></svg>';
    const widths: Record<string, number> = { ab: 20, ' ': 5, कि: 10 };
    const outline = (text: string, script: string) => `M0 0Z ${script} ${text}`;
    const out = resvgRunsSvg(svg, all, (text) => widths[text] ?? 0, outline);
    expect(out).toBe('<svg><text font-size="10" font-weight="600" fill="#111"><tspan x="82.5" y="9">ab</tspan></text><path transform="translate(107.5 9)" fill="#111" d="M0 0Z devanagari कि"/></svg>');
  });
});
