// Nothing typed is lost: text typed in a field, without Enter or leaving it, survives a reload, a closed tab and a killed browser.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { smallMap } from './fixtures/fixtureMaps.ts';
import { expect, test } from './fixtures/editingTest.ts';
import { CausewayPage } from './support/CausewayPage.ts';
import { EditingPage } from './support/EditingPage.ts';
import { killProfile, launchProfile } from './support/persistentProfile.ts';

const TYPED = ' typed but not kept';

/** Types at the end of a field, key by key, and neither presses Enter nor leaves it. */
async function typeAtEnd(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('End');
  await field.pressSequentially(text);
}

/** Right after typing, before any pause: the status must not claim that everything is saved. */
async function expectUnsaved(editing: EditingPage): Promise<void> {
  await expect(editing.dirtyIndicator()).toHaveText(/Unsaved changes/, { timeout: 100 });
}

/** Opens a claim's inspector and types into one of its fields; the field's text after typing. */
async function typeInClaimField(editing: EditingPage, field: string): Promise<string> {
  await editing.clickNode('blockade');
  if (field === 'Quote 1') await editing.inspector().getByRole('button', { name: 'Add source' }).click();
  if (field === 'Date') {
    // From 1948-06-24 to 1948-06-25: a date that is valid once typed.
    await typeAtEnd(editing.field(field), '');
    await editing.field(field).press('Backspace');
    await editing.field(field).pressSequentially('5');
  } else {
    await typeAtEnd(editing.field(field), TYPED);
  }
  const text = await editing.field(field).inputValue();
  await expectUnsaved(editing);
  return text;
}

async function expectRestored(editing: EditingPage, field: string, text: string): Promise<void> {
  await expect(editing.restoreNotice()).toBeVisible();
  await expect(editing.dirtyIndicator()).toHaveText(/Unsaved changes/);
  await editing.clickNode('blockade');
  await expect(editing.field(field)).toHaveValue(text);
}

test.describe('text typed in a field is kept', () => {
  for (const field of ['Label', 'Text', 'Date', 'Quote 1']) {
    test(`a reload right after typing in ${field} brings the text back`, async ({ editing, page }) => {
      await editing.open();
      const text = await typeInClaimField(editing, field);
      await page.reload();
      await expectRestored(editing, field, text);
      if (field === 'Label') await expect(editing.app.node('blockade')).toHaveAttribute('aria-label', new RegExp(TYPED));
    });
  }

  test('a reload right after typing a link label brings it back', async ({ editing, page }) => {
    await editing.open();
    const id = smallMap.edges[0]?.id as string;
    await editing.clickEdge(id);
    await typeAtEnd(editing.field('Link label'), TYPED);
    await expectUnsaved(editing);
    await page.reload();
    await expect(editing.restoreNotice()).toBeVisible();
    await editing.clickEdge(id);
    await expect(editing.field('Link label')).toHaveValue(TYPED.trim());
  });

  test('a reload right after typing a step note in the story editor brings it back', async ({ editing, page }) => {
    await editing.open();
    await editing.button('Present').click();
    await editing.button('Edit story').click();
    const note = page.getByRole('textbox', { name: 'Note for step 1' });
    await typeAtEnd(note, TYPED);
    await expectUnsaved(editing);
    await page.reload();
    await expect(editing.restoreNotice()).toBeVisible();
    // The address keeps the step, so the reload comes back to the presentation, showing the note.
    await expect(page.getByRole('complementary', { name: 'Current step' })).toContainText(TYPED.trim());
    await editing.button('Edit story').click();
    await expect(page.getByRole('textbox', { name: 'Note for step 1' })).toHaveValue(TYPED);
  });

  test('a reload right after renaming a node in place brings the new name back', async ({ editing, page }) => {
    await editing.open();
    await editing.app.selectNode('airlift');
    await page.keyboard.press('Enter');
    await expect(editing.labelEditor()).toBeFocused();
    await editing.labelEditor().press('End');
    await editing.labelEditor().pressSequentially(TYPED);
    await expectUnsaved(editing);
    await page.reload();
    await expect(editing.restoreNotice()).toBeVisible();
    await expect(editing.app.node('airlift')).toHaveAttribute('aria-label', new RegExp(`^Western allies start the airlift${TYPED}`));
  });

  test('closing the tab right after typing keeps the text for the next tab', async ({ editing, page, context }) => {
    await editing.open();
    const text = await typeInClaimField(editing, 'Label');
    await page.close();
    const next = new EditingPage(new CausewayPage(await context.newPage()), editing.mapName);
    await next.app.goto(editing.mapName);
    await expectRestored(next, 'Label', text);
  });

  test('a browser killed after a pause in typing keeps the text in its profile', async ({ editing, baseURL }) => {
    test.skip(process.platform !== 'linux', 'finds the browser to kill through /proc');
    const profile = await mkdtemp(path.join(os.tmpdir(), 'causeway-profile-'));
    try {
      let context = await launchProfile(profile, baseURL as string);
      const typing = new EditingPage(new CausewayPage(context.pages()[0] ?? (await context.newPage())), editing.mapName);
      await typing.open();
      const text = await typeInClaimField(typing, 'Text');
      // A person pauses; then the browser dies without a chance to run any handler.
      await typing.waitForWorkingCopy(TYPED);
      await killProfile(context, profile);
      context = await launchProfile(profile, baseURL as string);
      const after = new EditingPage(new CausewayPage(context.pages()[0] ?? (await context.newPage())), editing.mapName);
      await after.app.goto(editing.mapName);
      await expectRestored(after, 'Text', text);
      await context.close();
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });
});

