// Joining fallback-font runs: one run per script and direction, spaces and digits inside only where the font draws them.
import { describe, expect, it } from 'vitest';
import { FALLBACK_SCRIPTS } from './fallbackFonts.ts';
import { linePieces } from './fontRuns.ts';
import { joinRuns } from './joinRuns.ts';

const all = new Set(FALLBACK_SCRIPTS);
const joined = (line: string, fonts = all as Parameters<typeof joinRuns>[1]) => joinRuns(linePieces(line, fonts), fonts).map((p) => (p.script ? `${p.script}:${p.text}` : p.text));

describe('joinRuns', () => {
  it('makes a line of one script, with its spaces, digits and punctuation, one run', () => {
    expect(joined('कोरियाई युद्ध, 1950 (उत्तर)')).toEqual(['devanagari:कोरियाई युद्ध, 1950 (उत्तर)']);
    expect(joined('কোরীয় যুদ্ধ ১৯৫০')).toEqual(['bengali:কোরীয় যুদ্ধ ১৯৫০']);
  });

  it('leaves the spaces between two fonts to Inter', () => {
    expect(joined('Latin हिन्दी text')).toEqual(['Latin', ' ', 'devanagari:हिन्दी', ' ', 'text']);
    expect(joined('ab 朝 1950')).toEqual(['ab', ' ', 'chinese:朝 1950']);
  });

  it('joins right-to-left words in reading order and stops where the direction changes', () => {
    expect(joined('שלום עולם — Hebrew')).toEqual(['hebrew:שלום עולם', ' ', '—', ' ', 'Hebrew']);
  });

  it('joins nothing a font cannot draw: Noto Emoji has no space', () => {
    const noSpaceInEmoji = { has: () => true, draws: (script: string, cp: number) => script !== 'emoji' || cp > 0xff };
    expect(joined('🚀 🚀', noSpaceInEmoji)).toEqual(['emoji:🚀', ' ', 'emoji:🚀']);
  });
});
