import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeBlock, escapeInline } from './escapeMarkdown.ts';

const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const SPECIALS = /[\\`*_[\]<>#|~&!{}]/;

describe('escapeInline', () => {
  it('escapes markup, HTML and entities so they print as typed', () => {
    expect(escapeInline('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeInline('*bold* _it_ [link](x) `code` a|b ~~s~~ &amp; #1 ![i]')).toBe(
      '\\*bold\\* \\_it\\_ \\[link\\](x) \\`code\\` a\\|b \\~\\~s\\~\\~ \\&amp; \\#1 \\!\\[i\\]',
    );
  });

  it('keeps the text on one line', () => {
    expect(escapeInline('  two\nlines\t here ')).toBe('two lines here');
  });

  it('leaves no markup character unescaped and loses no text, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeInline(text);
        expect(escaped.replace(/\\[\s\S]/g, '')).not.toMatch(SPECIALS);
        expect(escaped).not.toContain('\n');
        expect(unescape(escaped)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
    );
  });
});

describe('escapeBlock', () => {
  it('keeps paragraphs and escapes what would start a list, quote, heading or break', () => {
    expect(escapeBlock('- not a list\n+ nor this\n> nor a quote\n1950. a year\n\n\n# not a heading\n===')).toBe(
      '\\- not a list\n\\+ nor this\n\\> nor a quote\n1950\\. a year\n\n\\# not a heading\n\\===',
    );
  });

  it('drops leading indentation so no line becomes a code block', () => {
    expect(escapeBlock('    indented code?')).toBe('indented code?');
  });
});
