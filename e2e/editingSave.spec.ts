// Nothing lost: the working copy brings edits back after a reload, Save writes maps/NAME.json, a conflict offers the three ways out, and a map from disk is downloaded instead.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parseMap } from '../src/model/parseMap.ts';
import { serializeMap } from '../src/model/serializeMap.ts';
import type { PageErrors } from './fixtures/causewayTest.ts';
import { smallMap } from './fixtures/fixtureMaps.ts';
import { readServedMap, servedMapPath } from './fixtures/servedMaps.ts';
import { expect, test } from './fixtures/editingTest.ts';
import type { EditingPage } from './support/EditingPage.ts';
import { e2eFile } from './support/paths.ts';

const theirs = { ...smallMap, nodes: smallMap.nodes.map((claim) => (claim.id === 'blockade' ? { ...claim, label: 'Their blockade label' } : claim)) };

/** Marks a claim contested while someone else writes the file: the next save meets a conflict. */
async function editBehindTheirBack(editing: EditingPage, page: Page, pageErrors: PageErrors): Promise<void> {
  pageErrors.allow(/409/);
  await editing.open();
  await editing.clickNode('airlift');
  await page.keyboard.press('c');
  await editing.writeOnDisk(theirs);
}

test.describe('nothing lost', () => {
  test('a reload brings unsaved edits back with a notice; discard returns to the file', async ({ editing, causeway, page }) => {
    await editing.open();
    await editing.clickNode('airlift-deters');
    await editing.button('Refuted').click();
    await editing.addNodeNamed('Kept by the browser');
    await editing.waitForWorkingCopy('Kept by the browser');
    await page.reload();
    await expect(editing.restoreNotice()).toBeVisible();
    await expect(causeway.nodeLook('airlift-deters')).toHaveAttribute('data-status', 'refuted');
    await expect(causeway.node('new-node')).toContainText('Kept by the browser');
    await expect(editing.dirtyIndicator()).toHaveText(/Unsaved changes/);
    await editing.restoreNotice().getByRole('button', { name: 'Discard changes' }).click();
    await expect(editing.restoreNotice()).toHaveCount(0);
    await expect(causeway.node('new-node')).toHaveCount(0);
    await expect(causeway.nodeLook('airlift-deters')).toHaveAttribute('data-status', 'unassessed');
    await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
    await editing.waitForWorkingCopy(null);
    await page.reload();
    await causeway.settled();
    await expect(editing.restoreNotice()).toHaveCount(0);
  });

  test('keep the restored edits, save them, and reopening shows them from the file', async ({ editing, causeway, page }) => {
    await editing.open();
    await editing.clickNode('blockade');
    await page.keyboard.press('r');
    await editing.waitForWorkingCopy('refuted');
    await page.reload();
    await editing.restoreNotice().getByRole('button', { name: 'Keep changes' }).click();
    await expect(editing.restoreNotice()).toHaveCount(0);
    await expect(causeway.nodeLook('blockade')).toHaveAttribute('data-status', 'refuted');
    await editing.button('Save').click();
    await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
    await expect(editing.button('Save')).toBeDisabled();
    const onDisk = await readFile(servedMapPath(editing.mapName), 'utf8');
    const saved = parseMap(onDisk);
    expect(saved.ok && saved.map.nodes.find((claim) => claim.id === 'blockade')?.status).toBe('refuted');
    expect(onDisk).toBe(serializeMap(saved.ok ? saved.map : smallMap));
    await editing.waitForWorkingCopy(null);
    await causeway.goto(editing.mapName);
    await expect(causeway.nodeLook('blockade')).toHaveAttribute('data-status', 'refuted');
    await expect(editing.restoreNotice()).toHaveCount(0);
  });

  test('a conflict offers overwrite, and overwrite writes my version', async ({ editing, causeway, page, pageErrors }) => {
    await editBehindTheirBack(editing, page, pageErrors);
    await page.keyboard.press('Control+s');
    const dialog = page.getByRole('dialog', { name: `maps/${editing.mapName}.json changed on disk` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Overwrite with my version' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Reload theirs (drop my edits)' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Save as a new map…' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Overwrite with my version' }).click();
    await expect(dialog).toBeHidden();
    await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
    const saved = editing.onDisk();
    expect(saved.nodes.find((claim) => claim.id === 'airlift')?.status).toBe('contested');
    expect(saved.nodes.find((claim) => claim.id === 'blockade')?.label).toBe('Berlin blockade begins');
    await expect(causeway.nodeLook('airlift')).toHaveAttribute('data-status', 'contested');
  });

  test('a conflict can reload their version', async ({ editing, causeway, page, pageErrors }) => {
    await editBehindTheirBack(editing, page, pageErrors);
    await editing.button('Save').click();
    await page.getByRole('button', { name: 'Reload theirs (drop my edits)' }).click();
    await expect(causeway.node('blockade')).toContainText('Their blockade label');
    await expect(causeway.nodeLook('airlift')).toHaveAttribute('data-status', 'supported');
    await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
    await editing.waitForWorkingCopy(null);
  });

  test('a conflict can save my version as a new map', async ({ editing, causeway, page, pageErrors }) => {
    await editBehindTheirBack(editing, page, pageErrors);
    await editing.button('Save').click();
    await page.getByRole('button', { name: 'Save as a new map…' }).click();
    const copyName = `${editing.mapName}-mine`;
    // The suggested name is selected, so typing replaces it; a name typed in words is saved as its slug.
    const field = page.getByLabel('New map name');
    await expect(field).toBeFocused();
    await field.pressSequentially(`${editing.mapName.toUpperCase().replaceAll('-', ' ')}, mine`);
    await expect(page.getByText(`Saved as maps/${copyName}.json`)).toBeVisible();
    await page.getByRole('button', { name: 'Save new map' }).click();
    await expect(page).toHaveURL(new RegExp(`map=${copyName}`));
    await expect(causeway.nodeLook('airlift')).toHaveAttribute('data-status', 'contested');
    expect(readServedMap(copyName).nodes.find((claim) => claim.id === 'airlift')?.status).toBe('contested');
    expect(editing.onDisk().nodes.find((claim) => claim.id === 'blockade')?.label).toBe('Their blockade label');
    await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
  });

  test('a map opened from disk offers Download and Open file instead of Save', async ({ editing, causeway, page }, testInfo) => {
    await editing.open();
    const file = e2eFile(`causeway-${testInfo.testId}.json`);
    await writeFile(file, serializeMap(smallMap));
    await causeway.openFile(file);
    await expect(editing.button('Save')).toHaveCount(0);
    await expect(editing.button('Open file…')).toBeVisible();
    await editing.clickNode('airlift-deters');
    await editing.button('Supported').click();
    const download = page.waitForEvent('download');
    await editing.button('Download map (.json)').click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(path.basename(file));
    const downloaded = parseMap(await readFile((await saved.path()) as string, 'utf8'));
    expect(downloaded.ok && downloaded.map.nodes.find((claim) => claim.id === 'airlift-deters')?.status).toBe('supported');
    expect(existsSync(file)).toBe(true);
  });

  test('a browser that keeps no working copy says so, and editing goes on', async ({ editing, causeway, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await editing.open();
    await expect(page.getByRole('alert').filter({ hasText: 'Your browser is not keeping a working copy' })).toBeVisible();
    await editing.clickNode('blockade');
    await editing.button('Refuted').click();
    await expect(causeway.nodeLook('blockade')).toHaveAttribute('data-status', 'refuted');
  });
});
