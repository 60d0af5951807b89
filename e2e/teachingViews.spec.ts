// The outline, search, filters and focus on the seed map, and a story reordered and saved into the file.
import { stepOrder } from '../src/model/stepOrder.ts';
import { smallMap } from './fixtures/fixtureMaps.ts';
import { expect, test } from './fixtures/teachingTest.ts';
import { readServedMap, SEED_MAP } from './fixtures/servedMaps.ts';
import { EditingPage, testMapName } from './support/EditingPage.ts';

const seed = readServedMap(SEED_MAP);
const order = stepOrder(seed, seed.story);
const label = (id: string) => seed.nodes.find((c) => c.id === id)?.label ?? id;

test('a panel whose code cannot be fetched says so in its place, the map stays, and Try again fetches it again', async ({ causeway, teaching, page, pageErrors }) => {
  pageErrors.allow(/Failed to load resource|Failed to fetch dynamically imported module|This panel failed to render|error occurred in/);
  const outlineCode = /\/assets\/OutlinePanel-[^/]*\.js$/;
  await page.route(outlineCode, (route) => route.abort('connectionrefused'));
  await causeway.goto();
  await teaching.button('Outline').click();
  const failed = page.getByRole('alert').filter({ hasText: 'This panel could not be shown' });
  await expect(failed).toBeVisible();
  await expect(causeway.node('north-korean-invasion')).toBeVisible();
  await page.unroute(outlineCode);
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(teaching.outline().getByRole('heading', { name: 'Outline', level: 2 })).toBeVisible();
  await expect(failed).toBeHidden();
});

test('the outline lists every claim in step order with headings, kinds, statuses, sources and links in words', async ({ causeway, teaching }) => {
  await causeway.goto();
  await teaching.button('Outline').click();
  const outline = teaching.outline();
  await expect(outline.getByRole('heading', { name: 'Outline', level: 2 })).toBeVisible();
  const ids = await outline.locator('li[data-claim-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-claim-id')));
  expect(ids).toEqual(order);
  const headings = outline.getByRole('heading', { level: 3 });
  await expect(headings).toHaveCount(order.length);
  await expect(headings.first()).toHaveText(`1. ${label(order[0] as string)}`);
  const buildup = teaching.outlineLine('nsc68-buildup');
  await expect(buildup).toContainText('Miscalculation (rests on a refuted assumption)');
  await expect(buildup.getByRole('list', { name: /^Links of/ })).toContainText('causes → NATO');
  await expect(buildup.locator('blockquote').first()).toBeVisible();
});

test('selecting an outline line selects the node on the canvas, and selecting a node marks and shows its line', async ({ causeway, teaching, page }) => {
  await causeway.goto();
  await teaching.button('Outline').click();
  const first = order[3] as string;
  await teaching.outlineSelect(first).click();
  await expect(causeway.node(first)).toHaveClass(/selected/);
  await expect(teaching.outlineLine(first)).toHaveAttribute('aria-current', 'true');
  await teaching.expectCentred(first, 40);

  const last = order[order.length - 1] as string;
  await page.getByRole('button', { name: 'Fit map to window' }).click();
  await expect(causeway.node(last)).toBeInViewport();
  const box = await causeway.node(last).boundingBox();
  if (!box) throw new Error(`${last} is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + 8);
  await expect(causeway.node(last)).toHaveClass(/selected/);
  await expect(teaching.outlineLine(last)).toHaveAttribute('aria-current', 'true');
  await expect(teaching.outlineLine(first)).not.toHaveAttribute('aria-current', 'true');
  await expect(teaching.outlineLine(last)).toBeInViewport();
});

test('the outline follows what-if, and in practice lists the student’s marks with no flags to give the answers away', async ({ causeway, teaching }) => {
  test.slow();
  await causeway.goto();
  await teaching.button('Outline').click();
  const probe = teaching.outlineLine('stalin-probe-of-west');
  const buildup = teaching.outlineLine('nsc68-buildup');
  await expect(probe).toContainText('Refuted');

  await teaching.button('What if…').click();
  await causeway.selectNode('stalin-probe-of-west');
  await teaching.button('Supported').click();
  await expect(teaching.outline()).toContainText('What-if: the statuses and flags are the ones you are trying.');
  await expect(probe).toContainText('Supported');
  await teaching.button('Back to real marks').click();
  await expect(probe).toContainText('Refuted');
  await expect(buildup).toContainText('Miscalculation (rests on a refuted assumption)');

  await teaching.button('Practice').click();
  await expect(teaching.outline()).toContainText('Practice: the statuses are your marks');
  await expect(probe).toContainText('Unassessed');
  await expect(probe).not.toContainText('Refuted');
  await expect(buildup).not.toContainText('Miscalculation (rests on a refuted assumption)');
  await causeway.selectNode('stalin-probe-of-west');
  await teaching.button('Contested').click();
  await expect(probe).toContainText('Contested');
  await teaching.button('Leave practice').click();
  await expect(probe).toContainText('Refuted');
});

test('Copy as Markdown puts the handout on the clipboard', async ({ causeway, teaching, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await causeway.goto();
  await teaching.button('Outline').click();
  await teaching.button('Copy as Markdown').click();
  await expect(teaching.outline().getByRole('status')).toHaveText('Copied the outline as Markdown.');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.startsWith(`# ${seed.meta.title.replace(/[\\`*_[\]<>#|~&!{}]/g, '\\$&')}`)).toBe(true);
  expect(text).toContain(`## 1. `);
  expect(text.match(/^## \d+\. /gm)).toHaveLength(order.length);
});

test('Ctrl+F opens the search; a hit is listed, and choosing it centres and selects its node', async ({ causeway, teaching, page }) => {
  await causeway.goto();
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+f');
  await expect(teaching.searchBox()).toBeFocused();
  await page.keyboard.type('japanese strength');
  const hits = teaching.hits();
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('Japanese strength');
  await page.keyboard.press('Enter');
  const id = 'stalin-main-concern-japan';
  await expect(causeway.node(id)).toHaveClass(/selected/);
  await teaching.expectCentred(id, 4);

  await teaching.searchBox().fill('archiv');
  await expect(hits.first()).toBeVisible();
  const count = await hits.count();
  expect(count).toBeGreaterThan(1);
  await hits.nth(1).click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await teaching.searchBox().fill('no such words anywhere');
  await expect(page.getByRole('listbox', { name: 'Search hits' })).toContainText('No node matches');
});

test('filters hide kinds and relations without deleting them, and restore them', async ({ causeway, teaching }) => {
  await causeway.goto();
  const evidence = seed.nodes.filter((c) => c.kind === 'evidence').map((c) => c.id);
  const panel = await teaching.openFilters();
  await panel.getByLabel('Evidence').uncheck();
  await expect.poll(() => teaching.visibleNodeIds()).toHaveLength(seed.nodes.length - evidence.length);
  for (const id of evidence) await expect(causeway.node(id)).toHaveCount(0);
  const touching = seed.edges.filter((r) => evidence.includes(r.source) || evidence.includes(r.target));
  expect((await teaching.visibleEdgeIds()).length).toBe(seed.edges.length - touching.length);
  await expect(teaching.page.getByRole('button', { name: 'Filters (1 hidden)' })).toBeVisible();

  await panel.getByLabel('motivates').uncheck();
  const motivates = seed.edges.filter((r) => r.relation === 'motivates' && !touching.includes(r));
  expect(motivates.length).toBeGreaterThan(0);
  for (const r of motivates) await expect(causeway.edge(r.id)).toHaveCount(0);

  await panel.getByRole('button', { name: 'Show everything' }).click();
  await expect.poll(() => teaching.visibleNodeIds()).toHaveLength(seed.nodes.length);
  expect(await teaching.visibleEdgeIds()).toHaveLength(seed.edges.length);
  await panel.getByLabel('Evidence').press('Escape');
  await expect(panel).toBeHidden();
  await expect(teaching.page.getByRole('button', { name: 'Filters', exact: true })).toBeFocused();
});

test('focus shows only the selected node and its neighbours N links away, with a clear way out', async ({ causeway, teaching }) => {
  await causeway.goto();
  await causeway.node('nsc68-buildup').click({ position: { x: 20, y: 8 } });
  await teaching.button('Focus').click();
  const neighbours = new Set(['nsc68-buildup']);
  for (const r of seed.edges) {
    if (r.source === 'nsc68-buildup') neighbours.add(r.target);
    if (r.target === 'nsc68-buildup') neighbours.add(r.source);
  }
  await expect.poll(async () => (await teaching.visibleNodeIds()).sort()).toEqual([...neighbours].sort());
  await expect(teaching.focusBar()).toContainText(/1\s*link away/);
  // The view fits the neighbourhood: every neighbour in the window, none cut off at its edges.
  await expect.poll(() => causeway.nodesOutsideCanvas()).toEqual([]);
  await teaching.focusBar().getByRole('button', { name: 'More neighbours' }).click();
  await expect(teaching.focusBar()).toContainText(/2\s*links away/);
  await expect.poll(async () => (await teaching.visibleNodeIds()).length).toBeGreaterThan(neighbours.size);
  await expect.poll(() => causeway.nodesOutsideCanvas()).toEqual([]);
  await teaching.focusBar().getByRole('button', { name: 'Show whole map' }).click();
  await expect(teaching.focusBar()).toBeHidden();
  await expect.poll(() => teaching.visibleNodeIds()).toHaveLength(seed.nodes.length);
});

test('Escape steps back: it closes the outline and the story editor, and leaves focus mode, keeping the keyboard’s place', async ({ causeway, teaching, page }) => {
  await causeway.goto();
  await teaching.button('Outline').click();
  await teaching.outline().getByRole('button', { name: 'Copy as Markdown' }).focus();
  await page.keyboard.press('Escape');
  await expect(teaching.outline()).toBeHidden();
  await expect(teaching.button('Outline')).toBeFocused();

  // In focus mode, Escape first clears the selection, then leaves focus mode; from the bar it leaves at once.
  await causeway.node('nsc68-buildup').click({ position: { x: 20, y: 8 } });
  await teaching.button('Focus').click();
  await expect(teaching.focusBar()).toBeVisible();
  await causeway.node('nsc68-buildup').focus();
  await page.keyboard.press('Escape');
  await expect(causeway.node('nsc68-buildup')).not.toHaveClass(/selected/);
  await expect(teaching.focusBar()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(teaching.focusBar()).toBeHidden();
  await expect.poll(() => teaching.visibleNodeIds()).toHaveLength(seed.nodes.length);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await causeway.node('nsc68-buildup').click({ position: { x: 20, y: 8 } });
  await teaching.button('Focus').click();
  await teaching.focusBar().getByRole('button', { name: 'More neighbours' }).focus();
  await page.keyboard.press('Escape');
  await expect(teaching.focusBar()).toBeHidden();
  await expect(causeway.node('nsc68-buildup')).toBeFocused();

  // In the story editor, Escape closes the editor; the presentation goes on until the next Escape.
  await teaching.present();
  await teaching.button('Edit story').click();
  await teaching.storyEditor().locator('[data-step-id]').first().focus();
  await page.keyboard.press('Escape');
  await expect(teaching.storyEditor()).toBeHidden();
  await expect(teaching.presentation()).toBeVisible();
  await expect(teaching.button('Edit story')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(teaching.presentation()).toBeHidden();
});

test('reordering the story and writing a note are saved in the map file, and undo', async ({ causeway, teaching, page }, testInfo) => {
  const editing = new EditingPage(causeway, testMapName(testInfo.testId));
  await editing.open(smallMap);
  const before = stepOrder(smallMap);
  await teaching.present();
  await teaching.button('Edit story').click();
  const editor = teaching.storyEditor();
  const moved = before[before.length - 1] as string;
  const movedLabel = smallMap.nodes.find((c) => c.id === moved)?.label ?? '';
  await editor.getByRole('button', { name: `Move “${movedLabel}” up` }).click();
  const row = editor.locator(`[data-step-id="${moved}"]`);
  await expect(row).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  const expected = [...before.slice(0, -3), moved, ...before.slice(-3, -1)];
  await expect.poll(() => editor.locator('[data-step-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-step-id')))).toEqual(expected);
  await editor.getByLabel(`Note for step ${expected.indexOf(moved) + 1}`).fill('Ask: did it work?');
  await editor.getByLabel(`Note for step ${expected.indexOf(moved) + 1}`).press('Enter');
  await teaching.button('Edit story').click();
  await page.keyboard.press('Escape');
  await expect(teaching.presentation()).toBeHidden();
  await page.keyboard.press('Control+S');
  await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
  const saved = editing.onDisk();
  expect(saved.story?.map((s) => s.id)).toEqual(expected);
  expect(saved.story?.find((s) => s.id === moved)?.note).toBe('Ask: did it work?');

  await editing.button('Undo').click();
  await editing.button('Undo').click();
  await editing.button('Undo').click();
  await teaching.present();
  await teaching.button('Edit story').click();
  await expect.poll(() => editor.locator('[data-step-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-step-id')))).toEqual(before);
});
