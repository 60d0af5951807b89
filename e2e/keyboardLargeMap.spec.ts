// On a big map React Flow draws only the claims in view; Tab and Shift+Tab must still reach every claim, in the map's order.
import { generateMap } from '../src/layout/generateMap.ts';
import { expect, test } from './fixtures/causewayTest.ts';
import { GENERATED_SEED, generatedMapFile } from './fixtures/generatedMapFile.ts';

const SIZE = 200;
const STEPS = 25;

test('Tab walks on to claims that were out of view, and Shift+Tab walks back', async ({ causeway, page }, testInfo) => {
  test.setTimeout(120_000);
  const order = generateMap({ size: SIZE, seed: GENERATED_SEED }).nodes.map((claim) => claim.id);
  await causeway.goto();
  await causeway.openFile(await generatedMapFile(SIZE, testInfo.workerIndex));
  await causeway.drawn();
  for (let i = 0; i < 4; i++) await causeway.button('Zoom in').click();
  await expect.poll(async () => (await causeway.nodeIds()).length).toBeLessThan(SIZE);

  const drawnAtStart = new Set(await causeway.nodeIds());
  const start = order.findIndex((id) => drawnAtStart.has(id) && order.slice(order.indexOf(id) + 1, order.indexOf(id) + 1 + STEPS).some((next) => !drawnAtStart.has(next)));
  expect(start).toBeGreaterThanOrEqual(0);
  const walk = order.slice(start, start + STEPS + 1);
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id ?? '');

  await causeway.node(walk[0] ?? '').focus();
  for (const id of walk.slice(1)) {
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe(id);
    await expect(causeway.node(id)).toBeInViewport();
  }
  for (const id of walk.slice(0, -1).reverse()) {
    await page.keyboard.press('Shift+Tab');
    await expect.poll(focused).toBe(id);
  }
});
