// PNG and PDF exports draw scripts Inter lacks with the shipped fallback fonts: real glyphs, not boxes, and right-to-left text in order.
import * as fontkit from 'fontkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it, vi } from 'vitest';
import { exportMap } from '../export/exportMap.ts';
import type { ExportBackend } from '../export/exportTypes.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import { aClaim, aMap } from '../model/testBuilders.ts';
import type { FallbackScript } from '../export/fallbackFonts.ts';
import { guardNullAnchors } from '../export/fontkitNullAnchors.ts';
import { linePieces } from '../export/fontRuns.ts';
import { joinRuns } from '../export/joinRuns.ts';
import { runMeasure } from '../export/measureRuns.ts';
import { PAD_X } from '../layout/nodeMetrics.ts';
import { sizeLabel } from '../layout/sizeClaim.ts';
import { fallbackFontFiles } from './fallbackFontFiles.ts';
import { nodeExportBackend } from './nodeExportBackend.ts';
import { inkColumns, inkGaps } from './pngInk.testing.ts';

// Fallback fonts (8 MB for Chinese) are read and rasterized several times.
vi.setConfig({ testTimeout: 60_000 });

const withFonts = nodeExportBackend();
const withoutFonts = nodeExportBackend({ withoutFallbacks: true });

/** Two different characters per script: a missing-glyph box looks the same for both, a real glyph does not. */
const PAIRS: Record<string, [string, string]> = {
  arabic: ['ب', 'ع'],
  hebrew: ['ש', 'ק'],
  devanagari: ['क', 'ख'],
  thai: ['ก', 'ข'],
  armenian: ['Ա', 'Բ'],
  bengali: ['ক', 'খ'],
  gurmukhi: ['ਕ', 'ਖ'],
  gujarati: ['ક', 'ખ'],
  oriya: ['କ', 'ଖ'],
  tamil: ['க', 'ங'],
  telugu: ['క', 'ఖ'],
  kannada: ['ಕ', 'ಖ'],
  malayalam: ['ക', 'ഖ'],
  sinhala: ['ක', 'ඛ'],
  lao: ['ກ', 'ຂ'],
  myanmar: ['က', 'ခ'],
  georgian: ['ა', 'ბ'],
  ethiopic: ['ሀ', 'ለ'],
  khmer: ['ក', 'ខ'],
  chinese: ['朝', '战'],
  japanese: ['ひ', 'カ'],
  korean: ['한', '쟁'],
  emoji: ['🚀', '🌍'],
};

/** A sentence per script, long enough to wrap. */
const SENTENCES: Record<string, string> = {
  armenian: 'Կորեական պատերազմը սկսվեց 1950 թվականին, երբ Հյուսիսային Կորեան ներխուժեց Հարավ',
  devanagari: 'कोरियाई युद्ध उत्तर कोरिया के आक्रमण से शुरू हुआ था और नाटो एक संगठित सेना बन गया',
  bengali: 'কোরীয় যুদ্ধ শুরু হয় ১৯৫০ সালে যখন উত্তর কোরিয়া দক্ষিণ কোরিয়া আক্রমণ করে',
  gurmukhi: 'ਕੋਰੀਆਈ ਯੁੱਧ 1950 ਵਿੱਚ ਸ਼ੁਰੂ ਹੋਇਆ ਜਦੋਂ ਉੱਤਰੀ ਕੋਰੀਆ ਨੇ ਦੱਖਣੀ ਕੋਰੀਆ ਉੱਤੇ ਹਮਲਾ ਕੀਤਾ',
  gujarati: 'કોરિયન યુદ્ધ 1950માં શરૂ થયું જ્યારે ઉત્તર કોરિયાએ દક્ષિણ કોરિયા પર આક્રમણ કર્યું',
  oriya: 'କୋରିଆ ଯୁଦ୍ଧ 1950 ମସିହାରେ ଆରମ୍ଭ ହେଲା ଯେତେବେଳେ ଉତ୍ତର କୋରିଆ ଦକ୍ଷିଣ କୋରିଆ ଉପରେ ଆକ୍ରମଣ କଲା',
  tamil: 'கொரியப் போர் 1950 இல் தொடங்கியது வட கொரியா தென் கொரியாவை ஆக்கிரமித்தது',
  telugu: 'కొరియా యుద్ధం 1950లో ప్రారంభమైంది ఉత్తర కొరియా దక్షిణ కొరియాపై దాడి చేసింది',
  kannada: 'ಕೊರಿಯನ್ ಯುದ್ಧ 1950 ರಲ್ಲಿ ಪ್ರಾರಂಭವಾಯಿತು ಉತ್ತರ ಕೊರಿಯಾ ದಕ್ಷಿಣ ಕೊರಿಯಾವನ್ನು ಆಕ್ರಮಿಸಿತು',
  malayalam: 'കൊറിയൻ യുദ്ധം 1950-ൽ ആരംഭിച്ചു ഉത്തര കൊറിയ ദക്ഷിണ കൊറിയയെ ആക്രമിച്ചു',
  sinhala: 'කොරියානු යුද්ධය 1950 දී ආරම්භ විය උතුරු කොරියාව දකුණු කොරියාව ආක්‍රමණය කළේය',
  thai: 'สงครามเกาหลีเริ่มต้นขึ้นเมื่อเกาหลีเหนือบุกโจมตีเกาหลีใต้ในเดือนมิถุนายน',
  lao: 'ສົງຄາມເກົາຫຼີເລີ່ມຕົ້ນໃນປີເມື່ອເກົາຫຼີເໜືອບຸກໂຈມຕີເກົາຫຼີໃຕ້ແລະສະຫະລັດ',
  myanmar: 'ကိုရီးယားစစ်ပွဲသည်မြောက်ကိုရီးယားကကျူးကျော်ခြင်းဖြင့်စတင်ခဲ့သည်',
  georgian: 'კორეის ომი 1950 წელს დაიწყო, როდესაც ჩრდილოეთ კორეა სამხრეთ კორეას შეუტია',
  ethiopic: 'የኮሪያ ጦርነት በ1950 ተጀመረ ሰሜን ኮሪያ ደቡብ ኮሪያን በወረረች ጊዜ',
  khmer: 'សង្គ្រាមកូរ៉េបានចាប់ផ្តើមនៅឆ្នាំនោះដោយការលុកលុយរបស់កូរ៉េខាងជើងទៅលើកូរ៉េខាងត្បូង',
};

describe('claim boxes of scripts Inter lacks', () => {
  it.each(Object.entries(SENTENCES))('hold every %s line as the export shapes it, within half the padding', async (script, label) => {
    const { measure, fonts } = await runMeasure(await withFonts.fallbackFonts([script as FallbackScript]), await withFonts.interFonts());
    const { width, labelLines } = sizeLabel(label);
    expect(labelLines.length).toBeGreaterThan(1);
    for (const line of labelLines) {
      const drawn = joinRuns(linePieces(line, fonts), fonts).reduce((sum, piece) => sum + measure(piece.text, piece.script, 14, 600), 0);
      expect(drawn, line).toBeLessThanOrEqual(width - PAD_X);
    }
  });
});

async function labelPng(label: string, backend: ExportBackend): Promise<Uint8Array> {
  const map = aMap([aClaim('a', { label: `x${label}x` })], [], { meta: { title: 'T' } });
  return (await exportMap(map, layoutMap(map, {}), 'png', { legend: false }, backend)).bytes;
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('PNG export of scripts Inter lacks', () => {
  it.each(Object.entries(PAIRS))('draws %s glyphs: two different characters give different pixels', async (_script, [first, second]) => {
    expect(same(await labelPng(first, withoutFonts), await labelPng(second, withoutFonts))).toBe(true);
    expect(same(await labelPng(first, withFonts), await labelPng(second, withFonts))).toBe(false);
  });

  it('spaces Devanagari words as its shaper does: the inked gap between two words is the space and the side bearings', async () => {
    const word = 'कोरियाई';
    const scale = 3;
    const map = aMap([aClaim('a', { label: `${word} ${word}` })], [], { meta: { title: 'T' } });
    const png = (await exportMap(map, layoutMap(map, {}), 'png', { title: false, legend: false, scale }, withFonts)).bytes;
    const font = fontkit.openSync(fallbackFontFiles(['devanagari']).find((f) => f.weight === 600)?.path as string) as fontkit.Font;
    guardNullAnchors(font);
    const run = font.layout(word);
    const px = (14 * scale) / font.unitsPerEm;
    const expected = (run.advanceWidth - run.bbox.maxX + font.layout(' ').advanceWidth + run.bbox.minX) * px;
    expect(Math.max(...inkGaps(inkColumns(png)))).toBeCloseTo(expected, -0.5);
  });

  it.each([
    ['gurmukhi', 'ਯੁੱਧ ਸ਼ੁਰੂ ਹੋਇਆ'],
    ['malayalam', 'മലയാളം പുസ്തകം'],
  ])('exports %s, whose font has empty mark anchors that fontkit threw on, as PNG and PDF', async (_script, label) => {
    const map = aMap([aClaim('a', { label })], [], { meta: { title: 'T' } });
    for (const format of ['png', 'pdf'] as const) expect((await exportMap(map, layoutMap(map, {}), format, {}, withFonts)).bytes.length).toBeGreaterThan(1000);
  });

  it('draws a Latin map exactly as without the fallback fonts', async () => {
    expect(same(await labelPng('Plain', withFonts), await labelPng('Plain', withoutFonts))).toBe(true);
  });
});

async function pdfOf(labels: Record<string, string>) {
  const map = aMap(Object.entries(labels).map(([id, label]) => aClaim(id, { label })), [], { meta: { title: 'Scripts' } });
  const bytes = (await exportMap(map, layoutMap(map, {}), 'pdf', {}, withFonts)).bytes;
  const doc = await getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const items = (await (await doc.getPage(1)).getTextContent()).items.flatMap((item) => ('str' in item ? [{ str: item.str, x: item.transform[4] as number }] : []));
  return { raw: new TextDecoder('latin1').decode(bytes), items, text: items.map((i) => i.str).join('') };
}

describe('PDF export of scripts Inter lacks', () => {
  it('embeds the fallback fonts and keeps the characters as text', async () => {
    const { raw, text } = await pdfOf({ c: '朝鲜战争', j: 'ひらがな', k: '한국 전쟁', e: 'go 🚀', a: 'الحرب', h: 'שלום', b: 'যুদ্ধ', t: 'போர்', g: 'ომი' });
    for (const font of ['NotoSansHans-Medium', 'NotoSansKR-Medium', 'NotoEmoji-Regular', 'NotoSansArabic-SemiBold', 'NotoSansHebrew-SemiBold', 'NotoSansBengali-SemiBold', 'NotoSansTamil-SemiBold', 'NotoSansGeorgian-SemiBold']) {
      expect(raw).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${font}`));
    }
    for (const word of ['朝鲜战争', 'ひらがな', '한국', '전쟁', '🚀', 'ომი']) expect(text).toContain(word);
  });

  it('draws right-to-left words right to left: the first word of a Hebrew line sits right of the second', async () => {
    const { items } = await pdfOf({ h: 'שלום עולם' });
    const at = (word: string) => items.find((i) => i.str.includes(word) || i.str.includes([...word].reverse().join('')))?.x;
    expect(at('שלום')).toBeGreaterThan(at('עולם') as number);
  });

  it('loads no fallback font for a Latin map', async () => {
    const { raw } = await pdfOf({ a: 'Plain Latin label' });
    expect(raw).not.toMatch(/Noto/);
  });
});
