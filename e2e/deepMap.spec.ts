// Deep maps are laid out in the browser's layout worker: a 3,000-claim causal chain and a 5,000-claim tree with 6,999 links.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/causewayTest.ts';
import { shapedMapFile } from './fixtures/generatedMapFile.ts';

/** Top edges of the drawn claims by id (React Flow draws only those in view). */
async function tops(page: Page): Promise<Map<string, number>> {
  const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => [el.getAttribute('data-id') ?? '', el.getBoundingClientRect().top] as const));
  return new Map(boxes);
}

test('a causal chain of 3,000 claims is laid out, each claim below the one that causes it', async ({ causeway, page }, testInfo) => {
  test.setTimeout(300_000);
  await causeway.goto();
  await causeway.openFile(await shapedMapFile('chain', 3000, testInfo.workerIndex));
  await expect(page.getByRole('status').filter({ hasText: 'Laying out 3,000 nodes…' })).toBeVisible();
  await causeway.drawn(240_000);
  await expect(causeway.problemsPanel()).toHaveCount(0);
  await expect(causeway.title()).toHaveText('Generated chain (3000 claims, seed 1)');

  const drawn = await tops(page);
  const pairs = [...drawn.keys()].filter((id) => drawn.has(`c${Number(id.slice(1)) + 1}`));
  expect(pairs.length).toBeGreaterThan(0);
  for (const id of pairs) expect(drawn.get(`c${Number(id.slice(1)) + 1}`) as number).toBeGreaterThan(drawn.get(id) as number);
});

test('a 5,000-claim tree with 6,999 links is laid out and drawn', async ({ causeway, page }, testInfo) => {
  test.setTimeout(420_000);
  await causeway.goto();
  await causeway.openFile(await shapedMapFile('tree-links', 5000, testInfo.workerIndex));
  await expect(page.getByRole('status').filter({ hasText: 'Laying out 5,000 nodes…' })).toBeVisible();
  await causeway.drawn(360_000);
  await expect(causeway.problemsPanel()).toHaveCount(0);
  await expect(causeway.title()).toHaveText('Generated tree-links (5000 claims, seed 1)');
  const inPage = await causeway.nodes().count();
  expect(inPage).toBeGreaterThan(0);
  expect(inPage).toBeLessThan(5000);
});
