import { describe, expect, it } from 'vitest';
import { attrs, escapeXml, num } from './xml.ts';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('replaces characters XML 1.0 cannot hold and keeps every other character', () => {
    expect(escapeXml('a\u0000b\u001Fc\uFFFF')).toBe('a\uFFFDb\uFFFDc\uFFFD');
    expect(escapeXml('lone \uD800 and \uDC00')).toBe('lone \uFFFD and \uFFFD');
    expect(escapeXml('tab\tnewline\n emoji 🙂 RTL שלום')).toBe('tab\tnewline\n emoji 🙂 RTL שלום');
  });
});

describe('num and attrs', () => {
  it('prints stable numbers', () => {
    expect([num(1.006), num(-0), num(-0.001), num(12), num(2 / 3)]).toEqual(['1.01', '0', '0', '12', '0.67']);
  });

  it('leaves out undefined and empty values and escapes the rest', () => {
    expect(attrs({ a: 1.5, b: undefined, c: '', d: '"x"' })).toBe(' a="1.5" d="&quot;x&quot;"');
  });
});
