// Formats in and out: an AIF file dropped on the canvas opens as a new map with its import report, a broken one is refused with
// its JSON path and the map kept, and the Mermaid export renders with the real mermaid package.
import { writeMermaid } from '../src/interchange/mermaid/writeMermaid.ts';
import { writeFile } from 'node:fs/promises';
import { aClaim, aMap, aRelation } from '../src/model/testBuilders.ts';
import { expect, test } from './fixtures/causewayTest.ts';
import { readServedMap, SEED_MAP } from './fixtures/servedMaps.ts';
import type { CausewayPage } from './support/CausewayPage.ts';
import { ExportPanel } from './support/ExportPanel.ts';
import { dropFile } from './support/fileDrop.ts';
import { renderMermaid } from './support/renderMermaid.ts';

const seed = readServedMap(SEED_MAP);
const seedIds = seed.nodes.map((c) => c.id).sort();

/** An AIFdb graph: a conclusion with two premises on one RA node (a linked argument) and an attack through a CA node. */
const AIF_GRAPH = JSON.stringify({
  nodes: [
    { nodeID: '10', text: 'The city should build the tram', type: 'I', timestamp: '2012-04-12 18:18:26' },
    { nodeID: '11', text: 'Traffic is at its limit', type: 'I', timestamp: '' },
    { nodeID: '12', text: 'The tram carries more people per lane', type: 'I', timestamp: '' },
    { nodeID: '13', text: 'The tram costs too much', type: 'I', timestamp: '' },
    { nodeID: '20', text: 'RA', type: 'RA', timestamp: '' },
    { nodeID: '21', text: 'CA', type: 'CA', timestamp: '' },
  ],
  edges: [
    { edgeID: '1', fromID: '11', toID: '20' },
    { edgeID: '2', fromID: '12', toID: '20' },
    { edgeID: '3', fromID: '20', toID: '10' },
    { edgeID: '4', fromID: '13', toID: '21' },
    { edgeID: '5', fromID: '21', toID: '10' },
  ],
  locutions: [],
});

const canvas = (causeway: CausewayPage) => causeway.page.locator('.app__canvas');

test('an AIF file dropped on the canvas opens as a new, unsaved map with its import report', async ({ causeway }) => {
  await causeway.goto();
  await dropFile(canvas(causeway), 'tram.json', AIF_GRAPH);
  await expect(causeway.title()).toHaveText('tram');
  await expect(causeway.nodes()).toHaveCount(4);
  expect((await causeway.nodeIds()).sort()).toEqual(['the-city-should-build-the-tram', 'the-tram-carries-more-people-per-lane', 'the-tram-costs-too-much', 'traffic-is-at-its-limit']);
  expect(await causeway.edgeIds()).toHaveLength(3);
  const report = causeway.page.getByRole('region', { name: /Imported tram\.json as a new map, tram-imported\.json/ });
  await expect(report).toBeVisible();
  await expect(report.getByRole('listitem')).toHaveText([/^nodes\[4\] \(RA 20\): 2 premises that support only together/]);
  await expect(causeway.page.getByText('● Not downloaded: edits stay in this browser')).toBeVisible();
  await expect(causeway.page).toHaveURL(/\?file=tram-imported\.json$/);
  await report.getByRole('button', { name: 'Close report' }).click();
  await expect(report).toBeHidden();
});

test('a broken AIF file dropped on the canvas names its JSON path, and the map on screen stays', async ({ causeway }) => {
  await causeway.goto();
  const dangling = JSON.stringify({ nodes: [{ nodeID: '1', text: 'A', type: 'I' }, { nodeID: '2', text: 'RA', type: 'RA' }], edges: [{ edgeID: '1', fromID: '1', toID: '2' }, { edgeID: '2', fromID: '2', toID: '99' }] });
  await dropFile(canvas(causeway), 'broken.json', dangling);
  const panel = causeway.problemsPanel();
  await expect(panel.getByRole('heading')).toHaveText('broken.json could not be imported');
  expect(await causeway.problems()).toEqual(["edges[1].toID: '99' names no node (a dangling edge)"]);
  await expect(panel).toContainText('The map on screen was left as it was.');
  await expect(causeway.title()).toHaveText(seed.meta.title);
  expect((await causeway.nodeIds()).sort()).toEqual(seedIds);
});

test('Open map… takes an AIF file too', async ({ causeway }, testInfo) => {
  await causeway.goto();
  const file = testInfo.outputPath('graph.json');
  await writeFile(file, AIF_GRAPH);
  await causeway.openFile(file);
  await expect(causeway.title()).toHaveText('graph');
  await expect(causeway.nodes()).toHaveCount(4);
  await expect(causeway.page.getByRole('region', { name: /Imported graph\.json/ })).toBeVisible();
});

test('the Mermaid, DOT and AIF exports download, and the Mermaid one renders with mermaid without an error', async ({ causeway, browser }) => {
  // Three downloads and mermaid's first load in a second page: more than the default 30 s on a busy machine.
  test.slow();
  await causeway.goto();
  const menu = new ExportPanel(causeway.page);
  const mermaid = await menu.download('Mermaid flowchart', 'text');
  expect(mermaid.name).toBe('korean-war-escalation.mmd');
  const rendered = await renderMermaid(browser, mermaid.bytes.toString('utf8'));
  expect(rendered).toEqual({ svg: expect.stringContaining('<svg') });
  const svg = 'svg' in rendered ? rendered.svg : '';
  expect(svg.match(/class="node [^"]*"/g)?.length).toBe(seed.nodes.length);
  expect((await menu.download('Graphviz DOT', 'text')).bytes.toString('utf8')).toMatch(/^digraph /);
  const aif = JSON.parse((await menu.download('AIF (AIFdb JSON, OVA)', 'text')).bytes.toString('utf8')) as { nodes: { type: string }[] };
  expect(aif.nodes.filter((n) => n.type === 'I')).toHaveLength(seed.nodes.length);
});

test('labels that would break a Mermaid diagram render as text', async ({ browser }) => {
  test.slow();
  const hostile = ['end', '"quoted" | [bracket] {brace}', '#35; ;semicolon; %% comment', '<b>bold</b> <script>x</script>', '`markdown` **x**', 'A --> B'];
  const map = aMap(hostile.map((label, i) => aClaim(`c${i}`, { label })), [aRelation('c0', 'c1', { relation: 'refutes', label: 'x]|"y' })], { meta: { title: 'flowchart LR; end' } });
  const rendered = await renderMermaid(browser, writeMermaid(map));
  expect(rendered).toEqual({ svg: expect.stringContaining('<svg') });
  const svg = 'svg' in rendered ? rendered.svg : '';
  expect(svg.match(/class="node [^"]*"/g)?.length).toBe(hostile.length);
  expect(svg).not.toContain('<script>');
});
