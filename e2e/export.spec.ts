// The Export menu: each entry downloads a file of its type, drawn by the same renderer as the CLI, of the whole map or the selection.
import AxeBuilder from '@axe-core/playwright';
import { XMLValidator } from 'fast-xml-parser';
import { renderMapSvg } from '../src/export/svg/renderMapSvg.ts';
import { lightTheme } from '../src/export/svg/theme.ts';
import { layoutMap } from '../src/layout/layoutMap.ts';
import { evaluateMap } from '../src/model/evaluateMap.ts';
import { parseMap } from '../src/model/parseMap.ts';
import { serializeMap } from '../src/model/serializeMap.ts';
import { expect, test } from './fixtures/causewayTest.ts';
import { readServedMap, SEED_MAP } from './fixtures/servedMaps.ts';
import { ExportPanel } from './support/ExportPanel.ts';

const seed = readServedMap(SEED_MAP);

function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  if (!match) throw new Error('no size on the <svg> root');
  return { width: Number(match[1]), height: Number(match[2]) };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const claimIds = (svg: string) => [...svg.matchAll(/data-claim-id="([^"]+)"/g)].map((m) => m[1]);
const relationIds = (svg: string) => [...svg.matchAll(/data-relation-id="([^"]+)"/g)].map((m) => m[1]);

test('each entry downloads a file of its type, named after the map', async ({ causeway }) => {
  test.setTimeout(120_000);
  await causeway.goto();
  const menu = new ExportPanel(causeway.page);

  const svg = await menu.download('SVG');
  expect(svg.name).toBe('korean-war-escalation.svg');
  const svgText = svg.bytes.toString('utf8');
  expect(XMLValidator.validate(svgText)).toBe(true);
  expect(svgText).not.toMatch(/foreignObject/i);
  expect(claimIds(svgText).sort()).toEqual(seed.nodes.map((c) => c.id).sort());
  const size = svgSize(svgText);

  for (const scale of [1, 2, 3]) {
    const png = await menu.download(`PNG ${scale}×`);
    expect(png.name).toBe('korean-war-escalation.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png.bytes)).toEqual({ width: size.width * scale, height: size.height * scale });
  }

  const pdf = await menu.download('PDF');
  expect(pdf.name).toBe('korean-war-escalation.pdf');
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.bytes.toString('latin1')).toMatch(/\/FontFile2/);

  const json = await menu.download('JSON (map file)');
  expect(json.name).toBe('korean-war-escalation.json');
  const parsed = parseMap(json.bytes.toString('utf8'));
  expect(parsed.ok).toBe(true);
  expect(json.bytes.toString('utf8')).toBe(serializeMap(seed));
});

test('the in-app SVG is the CLI renderer output for the same map and options', async ({ causeway }) => {
  await causeway.goto();
  const menu = new ExportPanel(causeway.page);
  await menu.open();
  await menu.option('Legend').uncheck();
  await menu.option('Transparent').check();
  const svg = await menu.download('SVG');
  const expected = renderMapSvg(seed, layoutMap(seed, {}), lightTheme, { legend: false, background: 'transparent', standing: { evaluation: evaluateMap(seed) } });
  expect(svg.bytes.toString('utf8')).toBe(expected);
});

test('only the selection: the selected claims and the relations between them, nothing else', async ({ causeway }) => {
  await causeway.goto();
  const relation = seed.edges[0];
  if (!relation) throw new Error('the seed map has no relations');
  await causeway.node(relation.source).click();
  await causeway.node(relation.target).click({ modifiers: ['Control'] });
  const menu = new ExportPanel(causeway.page);
  await menu.open();
  await menu.option('Only the selection (2 nodes)').check();

  const svg = (await menu.download('SVG')).bytes.toString('utf8');
  const chosen = seed.nodes.filter((c) => c.id === relation.source || c.id === relation.target).map((c) => c.id);
  expect(claimIds(svg)).toEqual(chosen);
  const between = seed.edges.filter((r) => chosen.includes(r.source) && chosen.includes(r.target)).map((r) => r.id);
  expect(relationIds(svg)).toEqual(between);
  for (const claim of seed.nodes.filter((c) => !chosen.includes(c.id))) expect(svg).not.toContain(`"${claim.id}"`);

  const json = parseMap((await menu.download('JSON (map file)')).bytes.toString('utf8'));
  expect(json.ok && json.map.nodes.map((c) => c.id)).toEqual(chosen);
  expect(json.ok && json.map.edges.map((r) => r.id)).toEqual(between);
});

test('the menu works from the keyboard and leaves out what is unticked', async ({ causeway }) => {
  test.setTimeout(60_000);
  await causeway.goto();
  const menu = new ExportPanel(causeway.page);
  await menu.button().focus();
  await causeway.page.keyboard.press('Enter');
  await expect(menu.panel()).toBeVisible();
  await expect(menu.option('Only the selection (0 nodes)')).toBeDisabled();
  await expect(menu.option('Title')).toBeChecked();
  await expect(menu.option('Source citation')).toBeChecked();
  const axe = await new AxeBuilder({ page: causeway.page }).include('.export-menu').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await menu.option('Title').uncheck();
  await menu.option('Source citation').uncheck();
  const svg = (await menu.download('SVG')).bytes.toString('utf8');
  expect(svg).not.toMatch(/data-part="(title|citation)"/);
  expect(svg).toMatch(/data-part="legend"/);
  await causeway.page.keyboard.press('Escape');
  await expect(menu.panel()).toBeHidden();
  await expect(menu.button()).toBeFocused();
});
