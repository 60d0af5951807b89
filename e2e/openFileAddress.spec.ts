// A map file opened from disk is named in the address, so a reload shows that map (with its unsaved edits offered back), never the map named before.
import { type Page } from '@playwright/test';
import { SMALL_MAP } from './fixtures/fixtureMaps.ts';
import { expect, test } from './fixtures/causewayTest.ts';
import { readServedMap, SEED_MAP, servedMapPath } from './fixtures/servedMaps.ts';

const seed = readServedMap(SEED_MAP);
const small = readServedMap(SMALL_MAP);
const FILE = `${SMALL_MAP}.json`;

/** Whether the browser's working copy of the file opened from disk holds `text`. */
function workingCopyHolds(page: Page, text: string): Promise<boolean> {
  return page.evaluate(
    ({ key, text }) =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('causeway', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('working-copies');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('working-copies').objectStore('working-copies').get(key);
          get.onsuccess = () => {
            open.result.close();
            resolve(typeof get.result === 'string' && get.result.includes(text));
          };
          get.onerror = () => reject(get.error);
        };
      }),
    { key: `causeway:working-copy:file:${FILE}`, text },
  );
}

test('after Open map… the address names the file; a reload shows that file, Back the map before', async ({ causeway, page }) => {
  await causeway.goto(SEED_MAP);
  await causeway.openFile(servedMapPath(SMALL_MAP));
  await expect(causeway.title()).toHaveText(small.meta.title);
  await expect(page).toHaveURL(new RegExp(`\\?file=${SMALL_MAP}\\.json$`));

  await page.reload();
  await causeway.settled();
  await expect(causeway.title()).toHaveText(small.meta.title);
  expect((await causeway.nodeIds()).sort()).toEqual(small.nodes.map((c) => c.id).sort());

  await page.goBack();
  await expect(causeway.title()).toHaveText(seed.meta.title);
  await expect(page).toHaveURL(new RegExp(`\\?map=${SEED_MAP}$`));
  await page.goForward();
  await expect(causeway.title()).toHaveText(small.meta.title);
});

test('unsaved edits to a file from disk are offered back after a reload', async ({ causeway, page }) => {
  await causeway.goto(SEED_MAP);
  await causeway.openFile(servedMapPath(SMALL_MAP));
  await expect(page).toHaveURL(new RegExp(`\\?file=${SMALL_MAP}\\.json$`));
  await causeway.selectNode('blockade');
  await page.keyboard.press('r');
  await expect(causeway.nodeLook('blockade')).toHaveAttribute('data-status', 'refuted');
  await expect.poll(() => workingCopyHolds(page, 'refuted')).toBe(true);

  await page.reload();
  await causeway.settled();
  await expect(causeway.title()).toHaveText(small.meta.title);
  const notice = page.getByRole('region', { name: 'Restored unsaved changes' });
  await expect(notice).toBeVisible();
  await expect(causeway.nodeLook('blockade')).toHaveAttribute('data-status', 'refuted');
  await notice.getByRole('button', { name: 'Discard changes' }).click();
  await expect(causeway.nodeLook('blockade')).toHaveAttribute('data-status', 'supported');
});

test('an invalid file keeps the map and its address; a file this browser no longer has is explained, not swapped for another map', async ({ causeway, page }) => {
  await causeway.goto(SEED_MAP);
  await causeway.openFile(servedMapPath('fixture-invalid'));
  await expect(causeway.problemsPanel()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?map=${SEED_MAP}$`));

  await page.goto('/?file=not-kept.json');
  await expect(causeway.problemsPanel().getByRole('heading')).toHaveText('not-kept.json could not be opened');
  await expect(causeway.problemsPanel()).toContainText('open it again with “Open map…”');
  await expect(causeway.nodes()).toHaveCount(0);
});
