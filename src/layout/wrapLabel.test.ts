import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText } from './measureText.ts';
import { wrapLabel } from './wrapLabel.ts';

const measure = (text: string): number => measureText(text, 14, 600);
const MAX = 220;
const graphemeCount = (text: string): number => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)).length;

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('North Korea invades', MAX, measure)).toEqual(['North Korea invades']);
  });

  it('wraps greedily at spaces, filling each line', () => {
    const label = 'The buildup implementing NSC 68 turned NATO into an integrated force with a unified command';
    const lines = wrapLabel(label, MAX, measure);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(label);
    lines.forEach((line, i) => {
      expect(measure(line)).toBeLessThanOrEqual(MAX);
      const next = lines[i + 1]?.split(' ')[0];
      if (next) expect(measure(`${line} ${next}`)).toBeGreaterThan(MAX);
    });
  });

  it('breaks a word longer than a line', () => {
    const word = 'Antidisestablishmentarianism'.repeat(3);
    const lines = wrapLabel(`a ${word} b`, MAX, measure);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.join('').replaceAll(' ', '')).toBe(`a${word}b`);
    lines.forEach((line) => expect(measure(line)).toBeLessThanOrEqual(MAX));
  });

  it('keeps explicit line breaks, collapsing blank runs and dropping blank ends', () => {
    expect(wrapLabel('\n\nfirst\r\n\n\n\nsecond\n\n', MAX, measure)).toEqual(['first', '', 'second']);
    expect(wrapLabel('a\tb   c', MAX, measure)).toEqual(['a b c']);
  });

  it('always returns at least one line', () => {
    expect(wrapLabel('   \n ', MAX, measure)).toEqual(['']);
  });

  it('does not split emoji sequences, combined letters or no-break spaces', () => {
    const family = '👨‍👩‍👧';
    const lines = wrapLabel(family.repeat(30), MAX, measure);
    lines.forEach((line) => expect(line.length % family.length).toBe(0));
    expect(wrapLabel('100\u00a0km', 10, measure).join('')).toContain('\u00a0');
  });

  it('handles right-to-left and CJK text', () => {
    expect(() => wrapLabel('الحرب الكورية بدأت في عام ١٩٥٠ '.repeat(5), MAX, measure)).not.toThrow();
    const cjk = wrapLabel('朝鲜战争'.repeat(20), MAX, measure);
    expect(cjk.length).toBeGreaterThan(3);
    cjk.forEach((line) => expect(measure(line)).toBeLessThanOrEqual(MAX));
  });

  it('never exceeds the limit except for a single grapheme, and loses no text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'W', ' ', '\n', 'é', '—', '朝', '🚀', 'אב', '👨‍👩‍👧', 'x\u0301') , maxLength: 300 }), fc.integer({ min: 1, max: 400 }), (label, max) => {
        const lines = wrapLabel(label, max, measure);
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) if (measure(line) > max) expect(graphemeCount(line)).toBe(1);
        expect(lines.join('').replace(/\s/g, '')).toBe(label.replace(/\s/g, ''));
      }),
    );
  });
});
