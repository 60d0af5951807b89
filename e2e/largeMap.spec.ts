// Big maps are laid out in the worker: progress shows meanwhile, edits made meanwhile are kept, and 2,000 claims work.
import { writeFile } from 'node:fs/promises';
import { generateMap } from '../src/layout/generateMap.ts';
import { serializeMap } from '../src/model/serializeMap.ts';
import { expect, test } from './fixtures/causewayTest.ts';
import { generatedMapFile as mapFile } from './fixtures/generatedMapFile.ts';
import { servedMapPath } from './fixtures/servedMaps.ts';
import { e2eFile } from './support/paths.ts';

/** A generated map with one link to a claim that does not exist. */
function brokenMap(size: number) {
  const map = generateMap({ size, seed: 12 });
  return { ...map, edges: [...map.edges, { id: 'dangling', source: 'c1', target: 'nowhere', relation: 'causes' as const }] };
}

test('a 1,000-claim map shows layout progress, keeps what is done meanwhile, and draws only the claims in view', async ({ causeway, page }, testInfo) => {
  test.setTimeout(300_000);
  await causeway.goto();
  await causeway.openFile(await mapFile(1000, testInfo.workerIndex));

  await expect(causeway.layoutProgress()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Laying out 1,000 nodes…' })).toBeVisible();
  await expect(page.locator('.map-canvas')).toHaveAttribute('aria-busy', 'true');
  await expect(causeway.directionToggle()).toHaveText('Layout left to right');

  // Asked while the first layout is (most likely) still running: its answer must not win over this one.
  await causeway.toggleDirection();
  await causeway.drawn();
  await expect(causeway.directionToggle()).toHaveText('Layout top to bottom');
  await expect(page.locator('.react-flow__node .react-flow__handle-left').first()).toBeAttached();
  const inPage = await causeway.nodes().count();
  expect(inPage).toBeGreaterThan(0);
  expect(inPage).toBeLessThan(1000);

  // The worker remembers the first answer, so this one can come back before a progress bar is ever seen.
  await causeway.button('Undo').click();
  await causeway.drawn();
  await expect(causeway.directionToggle()).toHaveText('Layout left to right');
  await expect(page.locator('.react-flow__node .react-flow__handle-top').first()).toBeAttached();
  await expect(causeway.button('Undo')).toBeDisabled();
});

test('a 2,000-claim map opens, is laid out and can be edited', async ({ causeway, page }, testInfo) => {
  test.setTimeout(300_000);
  await causeway.goto();
  await causeway.openFile(await mapFile(2000, testInfo.workerIndex));
  await expect(causeway.layoutProgress()).toBeVisible();
  await causeway.drawn(240_000);
  await expect(causeway.problemsPanel()).toHaveCount(0);

  const id = (await causeway.nodeIds())[0] ?? '';
  await causeway.selectNode(id);
  await causeway.button('Refuted').click();
  await expect(causeway.nodeLook(id)).toHaveAttribute('data-status', 'refuted');
  await expect(page.getByText('Not downloaded: edits stay in this browser')).toBeVisible();
});

test('a 1,000-claim map named in the address is read and laid out off the page, and is drawn', async ({ causeway, page }, testInfo) => {
  test.setTimeout(300_000);
  const name = `served-large-${testInfo.workerIndex}`;
  const map = generateMap({ size: 1000, seed: 12 });
  await writeFile(servedMapPath(name), serializeMap(map));
  await page.goto(`/?map=${name}`);
  // The canvas is not busy while the file is still being read (nothing is drawn yet), so wait for the map first.
  await expect(causeway.title()).toHaveText(map.meta.title, { timeout: 60_000 });
  await causeway.drawn();
  await expect(causeway.problemsPanel()).toHaveCount(0);
  expect(await causeway.nodes().count()).toBeLessThan(1000);
});

test('a broken 1,000-claim file named in the address lists its problems as a small one does', async ({ causeway, page }, testInfo) => {
  const name = `served-broken-${testInfo.workerIndex}`;
  await writeFile(servedMapPath(name), serializeMap(brokenMap(1000)));
  await page.goto(`/?map=${name}`);
  await expect(causeway.problemsPanel()).toBeVisible({ timeout: 60_000 });
  expect((await causeway.problems()).join(' ')).toContain('nowhere');
  await expect(causeway.nodes()).toHaveCount(0);
});

test('a broken 1,000-claim file opened from disk lists its problems and keeps the map on screen', async ({ causeway }, testInfo) => {
  await causeway.goto();
  const before = await causeway.title().textContent();
  const file = e2eFile(`causeway-broken-1000-${testInfo.workerIndex}.json`);
  await writeFile(file, serializeMap(brokenMap(1000)));
  await causeway.openFile(file);
  await expect(causeway.problemsPanel()).toBeVisible({ timeout: 60_000 });
  expect((await causeway.problems()).join(' ')).toContain('nowhere');
  await expect(causeway.title()).toHaveText(before ?? '');
});
