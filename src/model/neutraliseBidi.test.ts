// The title rule: bidi embeddings, overrides and isolates are taken out; everything else, marks included, stays.
import { describe, expect, it } from 'vitest';
import { neutraliseBidi } from './neutraliseBidi.ts';

describe('neutraliseBidi', () => {
  it('takes out every embedding, override, pop and isolate, so the text shows in the order it is stored', () => {
    expect(neutraliseBidi('Invoice \u202Efdp.exe')).toBe('Invoice fdp.exe');
    expect(neutraliseBidi('\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069')).toBe('');
    expect(neutraliseBidi('a\u2067b\u2069c')).toBe('abc');
  });

  it('keeps the implicit marks right-to-left writers use, and all other text', () => {
    const hebrew = 'מלחמת קוריאה\u200F (1950)';
    expect(neutraliseBidi(hebrew)).toBe(hebrew);
    expect(neutraliseBidi('\u200E\u061C')).toBe('\u200E\u061C');
    expect(neutraliseBidi('The Korean War: “NSC 68” 👍')).toBe('The Korean War: “NSC 68” 👍');
  });
});
