// axe on every screen and panel, in light and dark mode: no serious or critical violation anywhere.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { INVALID_MAP } from './fixtures/fixtureMaps.ts';
import { expect, test } from './fixtures/editingTest.ts';
import { SEED_MAP, servedMapPath } from './fixtures/servedMaps.ts';
import { ExportPanel } from './support/ExportPanel.ts';

test.describe.configure({ timeout: 240_000 });

/** Serious and critical violations, one line each, naming where they are. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    });

    test('map, inspector, relation picker, menus and the shortcuts panel', async ({ causeway, editing, page }) => {
      await editing.open();
      const checks: Record<string, string[]> = {};
      checks.map = await seriousViolations(page);
      await causeway.selectNode('blockade');
      // The forms load on first use: check them once they are there, not the empty panel.
      await expect(editing.inspector().getByRole('form')).toBeVisible();
      checks['node inspector'] = await seriousViolations(page);
      await editing.clickEdge('blockade-causes-airlift');
      await expect(editing.inspector().getByRole('form', { name: 'Link' })).toBeVisible();
      checks['link inspector and relation picker'] = await seriousViolations(page);
      await page.keyboard.press('Escape');

      await causeway.openPicker();
      checks['map picker'] = await seriousViolations(page);
      await page.keyboard.press('Escape');

      const exports = new ExportPanel(page);
      await exports.open();
      checks['export menu'] = await seriousViolations(page);
      await page.keyboard.press('Escape');

      await causeway.button('Filters').click();
      checks['filter menu'] = await seriousViolations(page);
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      checks['shortcuts panel'] = await seriousViolations(page);
      await page.keyboard.press('Escape');

      for (const [where, found] of Object.entries(checks)) expect(found, where).toEqual([]);
    });

    test('dialogs and notices: Link to…, a refusal, a failed save, the conflict dialog, restored changes', async ({ causeway, editing, page, pageErrors }) => {
      pageErrors.allow(/status of 409/);
      await editing.open();
      const checks: Record<string, string[]> = {};
      await causeway.selectNode('blockade');
      await editing.button('Link to…').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      checks['Link to… dialog'] = await seriousViolations(page);
      await page.keyboard.press('Escape');

      await causeway.selectNode('blockade');
      await editing.button('Link to…').click();
      await page.getByLabel('Find node by name').fill('airlift');
      await page.getByLabel('Target node').selectOption('airlift');
      await page.getByRole('button', { name: 'Link', exact: true }).click();
      await expect(editing.refusal()).toBeVisible();
      checks['refusal notice'] = await seriousViolations(page);

      await causeway.selectNode('airlift');
      await editing.button('Refuted').click();
      const changed = editing.onDisk();
      await editing.writeOnDisk({ ...changed, nodes: changed.nodes.map((c) => (c.id === 'blockade' ? { ...c, label: 'Changed elsewhere' } : c)) });
      await editing.button('Save').click();
      await expect(page.getByRole('dialog', { name: /changed on disk/ })).toBeVisible();
      checks['conflict dialog'] = await seriousViolations(page);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await editing.waitForWorkingCopy('refuted');
      await page.reload();
      await causeway.settled();
      await expect(editing.restoreNotice()).toBeVisible();
      checks['restored changes notice'] = await seriousViolations(page);

      for (const [where, found] of Object.entries(checks)) expect(found, where).toEqual([]);
    });

    test('problems panel, outline and search', async ({ causeway, page }) => {
      const checks: Record<string, string[]> = {};
      await causeway.goto();
      await causeway.openFile(servedMapPath(INVALID_MAP));
      await expect(causeway.problemsPanel()).toBeVisible();
      checks['problems panel'] = await seriousViolations(page);

      await causeway.goto(SEED_MAP);
      await causeway.button('Outline').click();
      await expect(page.getByRole('heading', { name: 'Outline', level: 2 })).toBeVisible();
      checks.outline = await seriousViolations(page);
      await page.getByRole('button', { name: 'Close outline' }).click();

      await page.getByRole('combobox', { name: /Search/ }).or(page.getByRole('searchbox', { name: /Search/ })).first().fill('Stalin');
      await expect(page.getByRole('listbox', { name: 'Search hits' })).toBeVisible();
      checks['search hits'] = await seriousViolations(page);

      for (const [where, found] of Object.entries(checks)) expect(found, where).toEqual([]);
    });

    test('what-if, practice, presentation and story editor', async ({ causeway, page }) => {
      const checks: Record<string, string[]> = {};
      await causeway.goto(SEED_MAP);
      await causeway.button('What if…').click();
      checks['what-if view'] = await seriousViolations(page);
      await page.getByRole('button', { name: 'Back to real marks' }).click();

      await causeway.button('Practice').click();
      await expect(page.getByRole('region', { name: 'Practice' })).toBeVisible();
      checks.practice = await seriousViolations(page);
      await page.getByRole('button', { name: 'Leave practice' }).click();

      await causeway.button('Present').click();
      await expect(page.getByRole('complementary', { name: 'Current step' })).toBeVisible();
      checks.presentation = await seriousViolations(page);
      await causeway.button('Edit story').click();
      await expect(page.getByRole('complementary', { name: 'Story editor' })).toBeVisible();
      checks['story editor'] = await seriousViolations(page);

      for (const [where, found] of Object.entries(checks)) expect(found, where).toEqual([]);
    });
  });
}
