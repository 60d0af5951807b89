// Markup in labels, texts, sources and the title shows as text everywhere and never runs; only http(s) source links are clickable.
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { serializeMap } from '../src/model/serializeMap.ts';
import { aClaim, aMap, aRelation } from '../src/model/testBuilders.ts';
import { expect, test } from './fixtures/causewayTest.ts';
import { servedMapPath } from './fixtures/servedMaps.ts';
import { ExportPanel } from './support/ExportPanel.ts';

const HOSTILE_MAP = 'fixture-hostile';

/** Each payload would set window.__pwned or add an element with a known id if it ran or became markup. */
const PAYLOAD = {
  imgLabel: '<img id="pwn-img" src=x onerror="window.__pwned=1">',
  scriptLabel: '<script id="pwn-script">window.__pwned=2</script>',
  text: '<b id="pwn-b">bold</b><iframe id="pwn-iframe" src="javascript:window.__pwned=3"></iframe>',
  citation: '<a id="pwn-a" href="javascript:window.__pwned=4">click</a>',
  quote: '<svg id="pwn-svg" onload="window.__pwned=5"></svg>',
  scriptUrl: 'javascript:window.__pwned=6',
  dataUrl: 'data:text/html,<script>window.__pwned=7</script>',
  relationLabel: '<img id="pwn-rel" src=y onerror="window.__pwned=8">',
  title: '<svg id="pwn-title" onload="window.__pwned=9"></svg> Hostile title',
  author: '<i id="pwn-author">Author</i>',
};
const SAFE_URL = 'https://example.org/paper';

const hostileMap = aMap(
  [
    aClaim('img-label', {
      label: PAYLOAD.imgLabel,
      text: PAYLOAD.text,
      status: 'supported',
      sources: [
        { citation: PAYLOAD.citation, quote: PAYLOAD.quote, url: PAYLOAD.scriptUrl },
        { citation: 'Safe paper', quote: 'A plain quote', url: SAFE_URL },
        { citation: 'Data address', quote: 'Another quote', url: PAYLOAD.dataUrl },
      ],
    }),
    aClaim('script-label', { label: PAYLOAD.scriptLabel, kind: 'evidence' }),
  ],
  [aRelation('img-label', 'script-label', { label: PAYLOAD.relationLabel })],
  { meta: { title: PAYLOAD.title, summary: PAYLOAD.text, source: { author: PAYLOAD.author, title: 'T', url: PAYLOAD.scriptUrl } } },
);

/** Nothing ran and no payload became an element, anywhere in the document. */
async function expectNothingRan(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    injected: [...document.querySelectorAll('[id^="pwn-"]')].map((el) => el.id),
    inlineScripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
  }));
  expect(found).toEqual({ pwned: undefined, injected: [], inlineScripts: 0 });
}

/** Every clickable link inside `scope` leads to an http(s) address. */
async function linkTargets(page: Page, scope: string): Promise<string[]> {
  return page.locator(`${scope} a[href]`).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

test.describe.configure({ timeout: 90_000 });

const BIDI_MAP = 'fixture-bidi-title';
/** Shown as stored, the title reads "Invoice fdp.exe"; with its override obeyed it would read "Invoice exe.pdf". */
const bidiMap = aMap([aClaim('a', { label: 'A claim' })], [], {
  meta: { title: 'Invoice \u202Efdp.exe\u202C', source: { author: '\u2067Wells\u2069', title: '\u202DCold War\u202C', date: '2009' } },
});

test.beforeAll(async () => {
  await writeFile(servedMapPath(HOSTILE_MAP), serializeMap(hostileMap));
  await writeFile(servedMapPath(BIDI_MAP), serializeMap(bidiMap));
});

test('a title with bidi overrides shows without them in the header, the tab, the picker and the outline; the file keeps them', async ({ causeway, page }) => {
  await causeway.goto(BIDI_MAP);
  await expect(causeway.title()).toHaveText('Invoice fdp.exe');
  await expect(page).toHaveTitle('Invoice fdp.exe — Causeway');
  await expect(page.locator('.app-header__citation')).toHaveText('Source: Wells, “Cold War”, (2009)');
  const list = await causeway.openPicker();
  await expect(list.getByRole('link', { name: /^Invoice fdp\.exe fixture-bidi-title\.json/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await causeway.button('Outline').click();
  await expect(page.locator('.outline-panel__title')).toHaveText('Invoice fdp.exe');
  const shown = await page.locator('body').innerText();
  expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  const json = (await new ExportPanel(page).download('JSON (map file)')).bytes.toString('utf8');
  expect(JSON.parse(json)).toMatchObject({ meta: { title: bidiMap.meta.title } });
});

test('hostile markup shows as text on the canvas, in the inspector, the outline and the presentation, and never runs', async ({ causeway, page }) => {
  await causeway.goto(HOSTILE_MAP);
  await expect(causeway.title()).toHaveText(PAYLOAD.title);
  await expect(page.getByText(PAYLOAD.author, { exact: false })).toBeVisible();
  for (const [id, label] of [['img-label', PAYLOAD.imgLabel], ['script-label', PAYLOAD.scriptLabel]] as const) {
    const lines = await causeway.node(id).locator('.claim-node__line').allTextContents();
    expect(lines.join(' ').replace(/\s+/g, '')).toBe(label.replace(/\s+/g, ''));
  }
  // A link label wraps into lines (<tspan>s) as a claim's does.
  const linkLines = await causeway.edge('img-label-causes-script-label').locator('.relation-edge__label tspan').allTextContents();
  expect(linkLines.join('').replace(/\s+/g, '')).toBe(PAYLOAD.relationLabel.replace(/\s+/g, ''));
  await expectNothingRan(page);

  await causeway.selectNode('img-label');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByLabel('Label', { exact: true })).toHaveValue(PAYLOAD.imgLabel);
  await expect(inspector.getByLabel('Text', { exact: true })).toHaveValue(PAYLOAD.text);
  await expect(inspector.getByRole('listitem', { name: 'Source 1' }).getByRole('textbox').first()).toHaveValue(PAYLOAD.citation);
  expect(await linkTargets(page, '.inspector')).toEqual([]);
  await expectNothingRan(page);

  await causeway.button('Outline').click();
  const outline = page.locator('.outline-panel');
  await expect(outline).toContainText(PAYLOAD.text);
  await expect(outline).toContainText(PAYLOAD.quote);
  await expect(outline).toContainText(PAYLOAD.citation);
  await expect(outline).toContainText(PAYLOAD.scriptUrl);
  await expect(outline).toContainText(PAYLOAD.dataUrl);
  expect(await linkTargets(page, '.outline-panel')).toEqual([SAFE_URL]);
  const safe = outline.getByRole('link', { name: SAFE_URL });
  await expect(safe).toHaveAttribute('rel', /noopener/);
  await expect(safe).toHaveAttribute('target', '_blank');
  await expectNothingRan(page);
  await page.getByRole('button', { name: 'Close outline' }).click();

  await causeway.button('Present').click();
  const step = page.getByRole('complementary', { name: 'Current step' });
  await expect(step).toBeVisible();
  for (let i = 0; i < 3; i++) {
    for (const href of await linkTargets(page, '.present-panel')) expect(href).toMatch(/^https?:\/\//);
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.locator('.present-panel')).toContainText(/<script|<img/);
  await expectNothingRan(page);
  await page.keyboard.press('Escape');
  await expectNothingRan(page);
});

test('every export keeps hostile markup as escaped text', async ({ causeway, page }) => {
  await causeway.goto(HOSTILE_MAP);
  const exports = new ExportPanel(page);
  const svg = (await exports.download('SVG')).bytes.toString('utf8');
  expect(svg).toContain('&lt;img id=&quot;pwn-img&quot; src=x');
  expect(svg).toContain('id=&quot;pwn-script&quot;&gt;window.__pwn');
  expect(svg).not.toMatch(/<(img|script|iframe|a|foreignObject|i|b)[\s>]/);
  // Inside a tag (text content has its '<' escaped, so it never starts one): no event handler, no link.
  expect(svg).not.toMatch(/<[^>]*\son\w+=/);
  expect(svg).not.toMatch(/<[^>]*href=/);

  const json = (await exports.download('JSON (map file)')).bytes.toString('utf8');
  expect(JSON.parse(json)).toMatchObject({ meta: { title: PAYLOAD.title }, nodes: [{ label: PAYLOAD.imgLabel }, { label: PAYLOAD.scriptLabel }] });

  for (const entry of ['PNG 1×', 'PDF']) {
    const file = await exports.download(entry);
    expect(file.bytes.length).toBeGreaterThan(1000);
  }
  await expectNothingRan(page);
});
