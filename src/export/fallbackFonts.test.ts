import { describe, expect, it } from 'vitest';
import { fallbackForGrapheme, neededFallbackFonts } from './fallbackFonts.ts';

describe('neededFallbackFonts', () => {
  it('needs nothing for text Inter draws: Latin, Greek, Cyrillic, punctuation, arrows', () => {
    expect(neededFallbackFonts('Stalin refused — “Kim’s” requests → 1950 Ελληνικά кириллица Łódź')).toEqual([]);
    expect(neededFallbackFonts('<svg font-family="Inter"><text>plain</text></svg>')).toEqual([]);
  });

  it.each([
    ['arabic', 'الحرب الكورية'],
    ['hebrew', 'שלום עולם'],
    ['devanagari', 'कोरियाई युद्ध'],
    ['thai', 'สงครามเกาหลี'],
    ['armenian', 'Կորեական պատերազմ'],
    ['bengali', 'কোরীয় যুদ্ধ'],
    ['gurmukhi', 'ਕੋਰੀਆਈ ਯੁੱਧ'],
    ['gujarati', 'કોરિયન યુદ્ધ'],
    ['oriya', 'କୋରିଆ ଯୁଦ୍ଧ'],
    ['tamil', 'கொரியப் போர்'],
    ['telugu', 'కొరియా యుద్ధం'],
    ['kannada', 'ಕೊರಿಯನ್ ಯುದ್ಧ'],
    ['malayalam', 'കൊറിയൻ യുദ്ധം'],
    ['sinhala', 'කොරියානු යුද්ධය'],
    ['lao', 'ສົງຄາມເກົາຫຼີ'],
    ['myanmar', 'ကိုရီးယားစစ်ပွဲ'],
    ['georgian', 'კორეის ომი'],
    ['ethiopic', 'የኮሪያ ጦርነት'],
    ['khmer', 'សង្គ្រាមកូរ៉េ'],
    ['chinese', '朝鲜战争'],
    ['chinese', 'ひらがなとカタカナ'],
    ['korean', '한국 전쟁'],
    ['emoji', 'launch 🚀'],
    ['emoji', 'keycap 1\uFE0F\u20E3'],
  ] as const)('finds %s in %j', (script, text) => {
    expect(neededFallbackFonts(text)).toEqual([script]);
  });

  it('lists several scripts once each, in a fixed order', () => {
    expect(neededFallbackFonts('🚀 한국 朝 ש ع 🚀 한')).toEqual(['arabic', 'hebrew', 'chinese', 'korean', 'emoji']);
  });
});

describe('fallbackForGrapheme', () => {
  it('keeps Inter for what it has and sends emoji sequences to the emoji font', () => {
    expect(fallbackForGrapheme('a')).toBeUndefined();
    expect(fallbackForGrapheme('é')).toBeUndefined();
    expect(fallbackForGrapheme('1\uFE0F\u20E3')).toBe('emoji');
    expect(fallbackForGrapheme('👨‍👩‍👧')).toBe('emoji');
    expect(fallbackForGrapheme('ب')).toBe('arabic');
    expect(fallbackForGrapheme('\u0900')).toBe('devanagari');
    expect(fallbackForGrapheme('\u0985')).toBe('bengali');
    expect(fallbackForGrapheme('\u0530')).toBe('armenian');
    expect(fallbackForGrapheme('\u052f')).toBeUndefined();
    expect(fallbackForGrapheme('\u0b05')).toBe('oriya');
    expect(fallbackForGrapheme('\u0f40')).toBeUndefined();
  });
});
