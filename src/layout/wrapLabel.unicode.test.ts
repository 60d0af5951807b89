// Wrapping hostile Unicode: huge words without a freeze, graphemes kept whole across segmenting windows, RTL in logical order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText } from './measureText.ts';
import { sizeLabel } from './sizeClaim.ts';
import { wrapLabel } from './wrapLabel.ts';

const measure = (text: string): number => measureText(text, 14, 600);
const MAX = 220;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemesOf = (text: string): string[] => Array.from(segmenter.segment(text), (s) => s.segment);

/** Combining marks, joiners and variation selectors belong to the grapheme before them. */
const CONTINUATION = /^(?:[\u0300-\u036f]|\u200c|\u200d|[\ufe00-\ufe0f]|\u{1f3fb}|\u{1f3fc}|\u{1f3fd}|\u{1f3fe}|\u{1f3ff})/u;

/**
 * Speed is measured in the bench, not asserted here. Wrapping must stay linear: it measures each character a
 * bounded number of times (twice today), where re-measuring a growing line would measure a 100,000-character word
 * billions of times. The guard only ends a test that never finishes.
 */
const MEASURED_PER_CHARACTER = 4;
const FREEZE_GUARD_MS = 20_000;

describe('wrapLabel on hostile Unicode', () => {
  it('wraps 100,000-character words of letters, emoji and combining marks without a freeze', () => {
    for (const word of ['x'.repeat(100_000), '👨‍👩‍👧'.repeat(5_000), 'e\u0301\u0303'.repeat(10_000), '朝'.repeat(30_000), 'สงคราม'.repeat(16_000)]) {
      let measured = 0;
      const result = wrapLabel(word, MAX, (text) => {
        measured += text.length;
        return measure(text);
      });
      expect(result.join('')).toBe(word);
      expect(measured).toBeLessThanOrEqual(MEASURED_PER_CHARACTER * word.length);
    }
  }, FREEZE_GUARD_MS);

  it('sizes a huge label, for text that reaches the layout without the schema cap', () => {
    expect(sizeLabel('w'.repeat(100_000)).labelLines.length).toBeGreaterThan(1000);
  }, FREEZE_GUARD_MS);

  it('keeps every grapheme whole, also where a cluster crosses a segmenting window', () => {
    const clusters = fc.constantFrom('a', 'é', 'e\u0301', '👨‍👩‍👧', '🇰🇷', '👍🏽', 'ש', 'ب', '朝', 'Z\u0364\u0311\u0343');
    fc.assert(
      fc.property(fc.array(clusters, { minLength: 150, maxLength: 300 }), fc.integer({ min: 20, max: 400 }), (parts, max) => {
        const word = parts.join('');
        const lines = wrapLabel(word, max, measure);
        expect(lines.join('')).toBe(word);
        expect(lines.flatMap(graphemesOf)).toEqual(graphemesOf(word));
        for (const line of lines) expect(line).not.toMatch(CONTINUATION);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps right-to-left and mixed text in logical order, breaking only at spaces', () => {
    const arabic = 'الحرب الكورية بدأت في ٢٥ يونيو ١٩٥٠ عندما غزت كوريا الشمالية الجنوب';
    const lines = wrapLabel(arabic, MAX, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(arabic);
    const mixed = 'שלום עולם — Hebrew with (parentheses), 1950 and العربية mixed';
    expect(wrapLabel(mixed, MAX, measure).join(' ')).toBe(mixed);
  });

  it('treats bidi controls and zero-width characters as part of words, measured as nothing', () => {
    const controlled = '\u202Eevil\u202C \u200Bzero\u200B \u2066isolate\u2069';
    expect(wrapLabel(controlled, MAX, measure)).toEqual([controlled]);
    expect(measure('\u200B\u200D\uFE0F')).toBe(0);
  });
});

const wordEnds = (text: string): Set<number> => new Set(Array.from(new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text), (s) => s.index + s.segment.length));

describe('wrapLabel on scripts written without spaces', () => {
  it.each([
    ['Thai', 'สงครามเกาหลีเริ่มต้นขึ้นเมื่อเกาหลีเหนือบุกโจมตีเกาหลีใต้ในเดือนมิถุนายน'],
    ['Lao', 'ສົງຄາມເກົາຫຼີເລີ່ມຕົ້ນໃນປີເມື່ອເກົາຫຼີເໜືອບຸກໂຈມຕີເກົາຫຼີໃຕ້ແລະສະຫະລັດ'],
    ['Khmer', 'សង្គ្រាមកូរ៉េបានចាប់ផ្តើមនៅឆ្នាំនោះដោយការលុកលុយរបស់កូរ៉េខាងជើងទៅលើកូរ៉េខាងត្បូង'],
    ['Myanmar', 'ကိုရီးယားစစ်ပွဲသည်မြောက်ကိုရီးယားကကျူးကျော်ခြင်းဖြင့်စတင်ခဲ့သည်'],
  ])('breaks %s between words, not inside them', (_script, label) => {
    const lines = wrapLabel(label, 120, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(label);
    const ends = wordEnds(label);
    let at = 0;
    for (const line of lines.slice(0, -1)) {
      at += line.length;
      expect(ends, `a break inside a word after ${JSON.stringify(line)}`).toContain(at);
    }
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
  });

  it('keeps the spaces of mixed text and puts punctuation with the word before it', () => {
    const label = 'NSC 68 และสงครามเกาหลี (ค.ศ. 1950) ทำให้นาโตกลายเป็นกองกำลังรวม';
    const lines = wrapLabel(label, 120, measure);
    expect(lines.join(' ').replace(/ /g, '')).toBe(label.replace(/ /g, ''));
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[)ๆ.,]/);
  });

  it('still breaks a word longer than a line between graphemes', () => {
    const word = 'เกาหลี'.repeat(12);
    const lines = wrapLabel(word, 60, measure);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(60);
  });
});
