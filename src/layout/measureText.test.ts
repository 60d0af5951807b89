import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { RUNS, UNITS_PER_EM } from './fontMetrics.ts';
import { hasInterGlyph, measureText } from './measureText.ts';

const require = createRequire(import.meta.url);
const interDir = dirname(require.resolve('@expo-google-fonts/inter/package.json'));

function fontWidth(file: string, text: string, size: number): number {
  const font = fontkit.openSync(join(interDir, file)) as fontkit.Font;
  let units = 0;
  for (const ch of text) units += font.glyphForCodePoint(ch.codePointAt(0) as number).advanceWidth;
  return (units * size) / font.unitsPerEm;
}

const SAMPLES = ['Stalin refused Kim’s requests', 'NSC 68 – “the buildup” — tripled…', 'Ünïcödé Łódź Ærø', 'ВОЙНА Σ', 'A→B ‘x’ 1950'];

describe('measureText', () => {
  it.each(SAMPLES)('matches the Inter font files for %j', (text) => {
    expect(measureText(text, 14, 600)).toBeCloseTo(fontWidth('600SemiBold/Inter_600SemiBold.ttf', text, 14), 6);
    expect(measureText(text, 11, 400)).toBeCloseTo(fontWidth('400Regular/Inter_400Regular.ttf', text, 11), 6);
  });

  it('reads back every listed code point at its width in both font files', () => {
    for (const [file, weight] of [['400Regular/Inter_400Regular.ttf', 400], ['600SemiBold/Inter_600SemiBold.ttf', 600]] as const) {
      const font = fontkit.openSync(join(interDir, file)) as fontkit.Font;
      for (const [first, count] of RUNS) {
        for (let cp = first; cp < first + count; cp++) {
          expect(measureText(String.fromCodePoint(cp), UNITS_PER_EM, weight), `U+${cp.toString(16)} at ${weight}`).toBe(font.glyphForCodePoint(cp).advanceWidth);
        }
      }
    }
  });

  it('is wider in semibold than regular and scales with size', () => {
    const text = 'Miscalculation and alliance transformation';
    expect(measureText(text, 14, 600)).toBeGreaterThan(measureText(text, 14, 400));
    expect(measureText(text, 28, 600)).toBeCloseTo(2 * measureText(text, 14, 600), 9);
    expect(measureText('', 14, 600)).toBe(0);
  });

  it('gives CJK a full em, emoji the export fallback font\'s width, and unknown scripts an average width', () => {
    expect(measureText('朝', 14, 600)).toBe(14);
    const emojiFont = fontkit.openSync(require.resolve('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf')) as fontkit.Font;
    for (const emoji of ['🚀', '✅', '😀']) {
      const glyph = emojiFont.glyphForCodePoint(emoji.codePointAt(0) as number);
      expect(measureText(emoji, 20, 400)).toBeCloseTo((glyph.advanceWidth * 20) / emojiFont.unitsPerEm, 1);
    }
    const hebrew = measureText('א', 14, 600);
    expect(hebrew).toBeGreaterThan(4);
    expect(hebrew).toBeLessThan(14);
  });

  it('gives Indic and Southeast Asian letters their Noto font\'s mean width, and their non-spacing vowel signs none', () => {
    expect(measureText('க', 14, 600)).toBeGreaterThan(measureText('n', 14, 600) * 1.5);
    expect(measureText('กั', 14, 600)).toBe(measureText('ก', 14, 600));
    expect(measureText('कु', 14, 600)).toBe(measureText('क', 14, 600));
    expect(measureText('कि', 14, 600)).toBe(2 * measureText('क', 14, 600));
  });

  it('knows which characters Inter draws itself', () => {
    expect(['A', 'é', 'Ж', '→', '—'].every((ch) => hasInterGlyph(ch.codePointAt(0) as number))).toBe(true);
    expect(['ש', 'ع', '朝', '한', '🚀'].some((ch) => hasInterGlyph(ch.codePointAt(0) as number))).toBe(false);
  });

  it('gives joiners, variation selectors and controls no width', () => {
    expect(measureText('\u200d\ufe0f\t', 14, 600)).toBe(0);
    expect(UNITS_PER_EM).toBeGreaterThan(0);
  });
});
