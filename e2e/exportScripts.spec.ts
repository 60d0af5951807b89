// In-app PNG export (the worker's resvg-wasm) draws Arabic, Hebrew, Indic, CJK and emoji with fallback fonts fetched only for maps that need them; the canvas wraps unspaced scripts as the export does.
import { rm, writeFile } from 'node:fs/promises';
import { sizeClaim } from '../src/layout/sizeClaim.ts';
import { serializeMap } from '../src/model/serializeMap.ts';
import { aClaim, aMap } from '../src/model/testBuilders.ts';
import { expect, test } from './fixtures/causewayTest.ts';
import { servedMapPath } from './fixtures/servedMaps.ts';
import { ExportPanel } from './support/ExportPanel.ts';

/** Two maps alike but for one character per script: missing-glyph boxes would make their PNGs identical. */
const MAPS = {
  'fixture-scripts-a': 'x ש ب 朝 ひ 한 🚀 क ক த ქ x',
  'fixture-scripts-b': 'x ק ع 战 カ 쟁 🌍 ख খ ங ბ x',
};

/** Labels written without spaces between words: the browser's segmenter must find the same word breaks as Node's. */
const UNSPACED = {
  thai: 'สงครามเกาหลีเริ่มต้นขึ้นเมื่อเกาหลีเหนือบุกโจมตีเกาหลีใต้ในเดือนมิถุนายน',
  lao: 'ສົງຄາມເກົາຫຼີເລີ່ມຕົ້ນໃນປີເມື່ອເກົາຫຼີເໜືອບຸກໂຈມຕີເກົາຫຼີໃຕ້ແລະສະຫະລັດ',
  khmer: 'សង្គ្រាមកូរ៉េបានចាប់ផ្តើមនៅឆ្នាំនោះដោយការលុកលុយរបស់កូរ៉េខាងជើងទៅលើកូរ៉េខាងត្បូង',
  myanmar: 'ကိုရီးယားစစ်ပွဲသည်မြောက်ကိုရီးယားကကျူးကျော်ခြင်းဖြင့်စတင်ခဲ့သည်',
};

// One worker for the file: a second worker's afterAll would delete the fixture maps while the first still exports them.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  for (const [name, label] of Object.entries(MAPS)) {
    await writeFile(servedMapPath(name), serializeMap(aMap([aClaim('scripts', { label })], [], { meta: { title: 'Scripts' } })));
  }
  const unspaced = aMap(Object.entries(UNSPACED).map(([id, label]) => aClaim(id, { label })), [], { meta: { title: 'Unspaced' } });
  await writeFile(servedMapPath('fixture-unspaced'), serializeMap(unspaced));
});

test.afterAll(async () => {
  for (const name of [...Object.keys(MAPS), 'fixture-unspaced']) await rm(servedMapPath(name), { force: true });
});

test('the canvas breaks Thai, Lao, Khmer and Myanmar labels only between words, and Thai as the export does', async ({ causeway }) => {
  await causeway.goto('fixture-unspaced');
  for (const [id, label] of Object.entries(UNSPACED)) {
    const lines = await causeway.node(id).locator('.claim-node__line').allTextContents();
    expect(lines.length, `${id} wraps`).toBeGreaterThan(1);
    expect(lines.join('')).toBe(label);
    // The browser's own dictionaries decide: Chromium's ICU splits some Khmer words that Node's keeps whole.
    const wordEnds = await causeway.page.evaluate((text) => Array.from(new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text), (s) => s.index + s.segment.length), label);
    let at = 0;
    for (const line of lines.slice(0, -1)) {
      at += line.length;
      expect(wordEnds, `${id}: a break inside a word after ${JSON.stringify(line)}`).toContain(at);
    }
  }
  await expect(causeway.node('thai').locator('.claim-node__line')).toHaveText([...sizeClaim({ label: UNSPACED.thai }).labelLines]);
});

test('the worker draws real glyphs for each script, and fetches the fallback fonts only for such a map', async ({ causeway }) => {
  test.setTimeout(120_000);
  const fetched: string[] = [];
  causeway.page.on('request', (request) => {
    if (/Noto/.test(request.url())) fetched.push(request.url());
  });

  await causeway.goto();
  await new ExportPanel(causeway.page).download('PNG 1×');
  expect(fetched, 'fallback fonts fetched for a Latin map').toEqual([]);

  const pngs: Buffer[] = [];
  for (const name of Object.keys(MAPS)) {
    await causeway.goto(name);
    pngs.push((await new ExportPanel(causeway.page).download('PNG 1×')).bytes);
  }
  expect(fetched.some((url) => /NotoSansHans/.test(url))).toBe(true);
  expect(fetched.some((url) => /NotoEmoji/.test(url))).toBe(true);
  expect(fetched.some((url) => /NotoSansBengali/.test(url))).toBe(true);
  expect(pngs[0]?.equals(pngs[1] as Buffer), 'different characters drew the same pixels').toBe(false);
});
