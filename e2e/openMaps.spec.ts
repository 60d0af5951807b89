// Opening maps: by ?map=, from the picker, from disk; invalid or missing maps show their problems and keep the map.
import { INVALID_MAP, INVALID_MAP_PROBLEMS, SMALL_MAP } from './fixtures/fixtureMaps.ts';
import { expect, test } from './fixtures/causewayTest.ts';
import { readServedMap, SEED_MAP, servedMapNames, servedMapPath } from './fixtures/servedMaps.ts';

const seed = readServedMap(SEED_MAP);
const small = readServedMap(SMALL_MAP);
const seedIds = seed.nodes.map((c) => c.id).sort();

test('?map=NAME opens that map', async ({ causeway }) => {
  await causeway.goto(SMALL_MAP);
  await expect(causeway.title()).toHaveText(small.meta.title);
  expect((await causeway.nodeIds()).sort()).toEqual(small.nodes.map((c) => c.id).sort());
  expect((await causeway.edgeIds()).sort()).toEqual(small.edges.map((r) => r.id).sort());
});

test('the picker lists every map in maps/ and opens the one picked', async ({ causeway }) => {
  await causeway.goto();
  const list = await causeway.openPicker();
  const links = list.getByRole('link');
  await expect(links).toHaveCount(servedMapNames().length);
  await expect(list.getByRole('link', { name: new RegExp(seed.meta.title) })).toHaveAttribute('aria-current', 'page');
  await list.getByRole('link', { name: new RegExp(small.meta.title) }).click();
  await expect(causeway.title()).toHaveText(small.meta.title);
  await expect(causeway.page).toHaveURL(new RegExp(`\\?map=${SMALL_MAP}$`));
  await expect(causeway.nodes()).toHaveCount(small.nodes.length);
  await causeway.page.goBack();
  await expect(causeway.title()).toHaveText(seed.meta.title);
  await expect(causeway.nodes()).toHaveCount(seed.nodes.length);
});

test('the picker closes on Escape and gives focus back to its button', async ({ causeway }) => {
  await causeway.goto();
  const list = await causeway.openPicker();
  await causeway.page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(causeway.page.getByRole('button', { name: 'Choose map' })).toBeFocused();
});

test('a valid file opened from disk replaces the map on screen', async ({ causeway }) => {
  await causeway.goto();
  await causeway.openFile(servedMapPath(SMALL_MAP));
  await expect(causeway.title()).toHaveText(small.meta.title);
  expect((await causeway.nodeIds()).sort()).toEqual(small.nodes.map((c) => c.id).sort());
  await expect(causeway.page.getByRole('status').filter({ hasText: `${SMALL_MAP}.json` })).toBeVisible();
});

test('an invalid file from disk shows its problems and the map on screen stays', async ({ causeway }) => {
  await causeway.goto();
  await causeway.openFile(servedMapPath(INVALID_MAP));
  const panel = causeway.problemsPanel();
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading')).toContainText(`${INVALID_MAP}.json has ${INVALID_MAP_PROBLEMS.length} problems`);
  expect(await causeway.problems()).toEqual(INVALID_MAP_PROBLEMS);
  await expect(panel).toContainText('The map on screen was left as it was.');
  await expect(causeway.title()).toHaveText(seed.meta.title);
  expect((await causeway.nodeIds()).sort()).toEqual(seedIds);
  await panel.getByRole('button', { name: 'Dismiss' }).click();
  await expect(panel).toBeHidden();
  expect((await causeway.nodeIds()).sort()).toEqual(seedIds);
});

test('an invalid map picked from the list shows its problems and the previous map stays', async ({ causeway }) => {
  await causeway.goto();
  const list = await causeway.openPicker();
  await list.getByRole('link', { name: new RegExp(`${INVALID_MAP}\\.json`) }).click();
  await expect(causeway.problemsPanel()).toBeVisible();
  expect(await causeway.problems()).toEqual(INVALID_MAP_PROBLEMS);
  await expect(causeway.title()).toHaveText(seed.meta.title);
  expect((await causeway.nodeIds()).sort()).toEqual(seedIds);
});

test('an invalid ?map= shows its problems instead of a blank page', async ({ causeway }) => {
  await causeway.goto(INVALID_MAP);
  await expect(causeway.problemsPanel()).toBeVisible();
  expect(await causeway.problems()).toEqual(INVALID_MAP_PROBLEMS);
  await expect(causeway.problemsPanel()).toContainText('No map is open.');
  await expect(causeway.page.getByRole('button', { name: 'Choose map' })).toBeVisible();
  await expect(causeway.nodes()).toHaveCount(0);
});

test('a missing ?map= says there is no such map', async ({ causeway, pageErrors }) => {
  pageErrors.allow(/Failed to load resource: the server responded with a status of 404/);
  await causeway.goto('no-such-map');
  await expect(causeway.problemsPanel().getByRole('heading')).toHaveText('maps/no-such-map.json could not be opened');
  expect(await causeway.problems()).toEqual(["there is no map 'no-such-map'"]);
});
