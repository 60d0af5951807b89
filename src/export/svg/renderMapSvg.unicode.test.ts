// Exported SVG keeps Unicode as the map says it: right-to-left text, emoji, combining marks and long words, escaped and whole.
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../layout/layoutMap.ts';
import { measureText } from '../../layout/measureText.ts';
import { LABEL_FONT } from '../../layout/sizeClaim.ts';
import { PAD_X } from '../../layout/nodeMetrics.ts';
import { aClaim, aMap, aRelation } from '../../model/testBuilders.ts';
import { renderMapSvgDocument } from './renderMapSvg.ts';
import { byAttr, parseSvg, type SvgElement, textOf } from './svgTree.testing.ts';
import { lightTheme } from './theme.ts';

const LABELS: Record<string, string> = {
  arabic: 'الحرب الكورية بدأت في ٢٥ يونيو ١٩٥٠ عندما غزت كوريا الشمالية الجنوب',
  hebrew: 'שלום עולם — Hebrew with (parentheses), 1950 & "quotes"',
  emoji: 'Emoji 🚀 families 👨‍👩‍👧 flags 🇰🇷🇺🇸 skin tones 👍🏽 and keycaps 1️⃣',
  combining: 'Combining e\u0301 n\u0303 Z\u0364\u0311\u0343a\u0356\u0308 and a precomposed é',
  word: 'Pneumonoultramicroscopicsilicovolcanoconiosis-Antidisestablishmentarianism-Supercalifragilisticexpialidocious',
  cjk: '朝鲜战争的爆发与美国国家安全委员会第六十八号文件 한국 전쟁',
  bidi: 'Override \u202Egnirts desrever\u202C and isolates \u2066x\u2069',
};

const map = aMap(
  Object.entries(LABELS).map(([id, label]) => aClaim(id, { label })),
  [aRelation('arabic', 'hebrew', { label: 'يسبب ← causes' }), aRelation('emoji', 'combining', { label: '🚀 → 朝' })],
  { meta: { title: 'Unicode ✓ العربية 👨‍👩‍👧', source: { author: 'Ünïcödé Åuthor', title: 'Ελληνικά и кириллица' } } },
);
const layout = layoutMap(map, {});
const { svg } = renderMapSvgDocument(map, layout, lightTheme);
const root = parseSvg(svg);

function labelOf(id: string): SvgElement {
  const group = byAttr(root, 'data-claim-id', id)[0];
  if (!group) throw new Error(`no claim ${id}`);
  return byAttr(group, 'data-role', 'label')[0] as SvgElement;
}

const graphemes = (text: string): string[] => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);

describe('the SVG export of Unicode labels', () => {
  it('is well-formed and holds every label exactly, line by line as laid out', () => {
    for (const [id, label] of Object.entries(LABELS)) {
      const lines = labelOf(id).children.map((t) => t.text);
      expect(lines).toEqual(layout.claims[id]?.labelLines);
      expect(lines.join('').replace(/\s/g, '')).toBe(label.replace(/\s/g, ''));
    }
  });

  it('never splits an emoji sequence or a letter from its combining marks across lines', () => {
    for (const id of ['emoji', 'combining', 'word', 'cjk']) {
      const lines = labelOf(id).children.map((t) => t.text);
      expect(lines.flatMap(graphemes)).toEqual(graphemes(lines.join('')));
    }
  });

  it('fits each label line inside its box, as the canvas does', () => {
    for (const id of Object.keys(LABELS)) {
      const box = layout.claims[id];
      for (const line of box?.labelLines ?? []) {
        expect(measureText(line, LABEL_FONT.size, LABEL_FONT.weight)).toBeLessThanOrEqual((box?.width ?? 0) - 2 * PAD_X);
      }
    }
  });

  it('keeps Unicode in the title, the citation and relation labels, with markup characters escaped', () => {
    expect(textOf(byAttr(root, 'data-part', 'title')[0] as SvgElement)).toBe('Unicode ✓ العربية 👨‍👩‍👧');
    expect(textOf(byAttr(root, 'data-part', 'citation')[0] as SvgElement, ' ')).toContain('Ελληνικά и кириллица');
    expect(svg).toContain('يسبب ← causes');
    expect(svg).toContain('🚀 → 朝');
    expect(svg).toContain('1950 &amp; &quot;quotes&quot;');
  });

  it('keeps bidi controls as text (they reorder only their own run) and replaces lone surrogates', () => {
    expect(textOf(labelOf('bidi'))).toContain('\u202Egnirts desrever\u202C');
    const lone = aMap([aClaim('a', { label: `half \uD83D pair` })]);
    const out = renderMapSvgDocument(lone, layoutMap(lone, {}), lightTheme).svg;
    expect(() => parseSvg(out)).not.toThrow();
    expect(out).toContain('half \uFFFD pair');
  });
});
