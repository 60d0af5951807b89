// In-app PNG export (the worker's resvg-wasm) draws Arabic, Hebrew, CJK and emoji with fallback fonts fetched only for maps that need them.
import { rm, writeFile } from 'node:fs/promises';
import { serializeMap } from '../src/model/serializeMap.ts';
import { aClaim, aMap } from '../src/model/testBuilders.ts';
import { expect, test } from './fixtures/causewayTest.ts';
import { servedMapPath } from './fixtures/servedMaps.ts';
import { ExportPanel } from './support/ExportPanel.ts';

/** Two maps alike but for one character per script: missing-glyph boxes would make their PNGs identical. */
const MAPS = {
  'fixture-scripts-a': 'x ש ب 朝 ひ 한 🚀 x',
  'fixture-scripts-b': 'x ק ع 战 カ 쟁 🌍 x',
};

test.beforeAll(async () => {
  for (const [name, label] of Object.entries(MAPS)) {
    await writeFile(servedMapPath(name), serializeMap(aMap([aClaim('scripts', { label })], [], { meta: { title: 'Scripts' } })));
  }
});

test.afterAll(async () => {
  for (const name of Object.keys(MAPS)) await rm(servedMapPath(name), { force: true });
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
  expect(pngs[0]?.equals(pngs[1] as Buffer), 'different characters drew the same pixels').toBe(false);
});
