// On a plain web host (no maps API) the app opens the bundled maps without a failed request, says edits stay in the browser until downloaded, and offers Download and Open file instead of Save.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/causewayTest.ts';
import { readServedMap, SEED_MAP } from './fixtures/servedMaps.ts';
import { E2E_STATIC_PORT } from './support/paths.ts';

const staticSite = `http://127.0.0.1:${E2E_STATIC_PORT}`;
const seed = readServedMap(SEED_MAP);

/** Every request the page made that failed (HTTP 4xx/5xx): on a static host, none may. */
function failedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  return failed;
}

test('the static build opens the seed map from its bundled copy, with no failed request and no console error', async ({ causeway }) => {
  const failed = failedRequests(causeway.page);
  await causeway.page.goto(`${staticSite}/`);
  await causeway.settled();
  await expect(causeway.title()).toHaveText(seed.meta.title);
  await expect(causeway.nodes()).toHaveCount(seed.nodes.length);
  await expect(causeway.page.getByRole('button', { name: 'Download map (.json)' })).toBeVisible();
  await expect(causeway.page.getByRole('button', { name: 'Open file…' })).toBeVisible();
  await expect(causeway.page.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
  await expect(causeway.page.locator('[data-dirty]')).toHaveText('Edits stay in this browser until you download');
  expect(failed).toEqual([]);
});

test('the static build lists its bundled maps in the picker, with no failed request', async ({ causeway }) => {
  const failed = failedRequests(causeway.page);
  await causeway.page.goto(`${staticSite}/`);
  await causeway.settled();
  const list = await causeway.openPicker();
  await expect(list.getByRole('link', { name: new RegExp(seed.meta.title) })).toBeVisible();
  expect(failed).toEqual([]);
});

test('edits on the static build stay in the browser until downloaded, and then say "Downloaded", never "saved"', async ({ causeway }) => {
  const { page } = causeway;
  await page.goto(`${staticSite}/`);
  await causeway.settled();
  const state = page.locator('[data-dirty]');
  await causeway.selectNode(seed.nodes[0]?.id ?? '');
  await causeway.button('Contested').click();
  await expect(state).toHaveText('● Not downloaded: edits stay in this browser');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download map (.json)' }).click();
  expect((await download).suggestedFilename()).toBe(`${SEED_MAP}.json`);
  await expect(state).toHaveText('Downloaded');
  await expect(page.getByText('All changes saved')).toHaveCount(0);
});
