// On a plain web host (no maps API) the app still opens the bundled maps, and offers Download and Open file instead of Save.
import { expect, test } from './fixtures/causewayTest.ts';
import { readServedMap, SEED_MAP } from './fixtures/servedMaps.ts';
import { E2E_STATIC_PORT } from './support/paths.ts';

const staticSite = `http://127.0.0.1:${E2E_STATIC_PORT}`;
const seed = readServedMap(SEED_MAP);

test('the static build opens the seed map from its bundled copy', async ({ causeway, pageErrors }) => {
  pageErrors.allow(/404/);
  await causeway.page.goto(`${staticSite}/`);
  await causeway.settled();
  await expect(causeway.title()).toHaveText(seed.meta.title);
  await expect(causeway.nodes()).toHaveCount(seed.nodes.length);
  await expect(causeway.page.getByRole('button', { name: 'Download map (.json)' })).toBeVisible();
  await expect(causeway.page.getByRole('button', { name: 'Open file…' })).toBeVisible();
  await expect(causeway.page.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
});

test('the static build lists its bundled maps in the picker', async ({ causeway, pageErrors }) => {
  pageErrors.allow(/404/);
  await causeway.page.goto(`${staticSite}/`);
  await causeway.settled();
  const list = await causeway.openPicker();
  await expect(list.getByRole('link', { name: new RegExp(seed.meta.title) })).toBeVisible();
});

test('edits on the static build can be downloaded as the map file', async ({ causeway, pageErrors }) => {
  pageErrors.allow(/404/);
  await causeway.page.goto(`${staticSite}/`);
  await causeway.settled();
  const download = causeway.page.waitForEvent('download');
  await causeway.page.getByRole('button', { name: 'Download map (.json)' }).click();
  expect((await download).suggestedFilename()).toBe(`${SEED_MAP}.json`);
});
