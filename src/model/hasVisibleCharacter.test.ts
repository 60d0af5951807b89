// Which texts show something: the rule behind "must contain a visible character" for labels, titles and citations.
import { describe, expect, it } from 'vitest';
import { hasVisibleCharacter } from './hasVisibleCharacter.ts';

describe('hasVisibleCharacter', () => {
  it('is false for white space of every kind, zero-width and format characters, fillers and lone marks', () => {
    const invisible = ['', ' ', '\t\n\r', '\u00A0', '\u2007\u202F', '\u3000', '\u200B', '\u200C\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E\u2066\u2069', '\u200E\u200F\u061C', '\u3164\uFFA0\u115F\u1160', '\u2800', '\uFE0F', '\u0301', '\uD800', '\u{E0041}', '\u180E', '\u034F'];
    for (const text of invisible) expect(hasVisibleCharacter(text), JSON.stringify(text)).toBe(false);
  });

  it('is true as soon as one character draws something, in any script', () => {
    const visible = ['a', '.', '-', '→', '中', 'ا', 'क', '👍', '\u{1F9D1}\u200D\u{1F4BB}', '\u200Bx\u200B', 'é', '\uE000', '\u{10FFFD}', '0'];
    for (const text of visible) expect(hasVisibleCharacter(text), JSON.stringify(text)).toBe(true);
  });
});
