// Accessibility of the main screens, checked by axe in the real browser: the seed map, the picker, the problems panel.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { INVALID_MAP } from './fixtures/fixtureMaps.ts';
import { expect, test } from './fixtures/causewayTest.ts';
import { servedMapPath } from './fixtures/servedMaps.ts';

/** axe walks every node and edge of the map; on a loaded machine that takes a while. */
test.describe.configure({ timeout: 120_000 });

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('the seed map screen has no WCAG A/AA violations', async ({ causeway }) => {
  await causeway.goto();
  expect(await violations(causeway.page)).toEqual([]);
});

test('the open picker and the problems panel have no WCAG A/AA violations', async ({ causeway }) => {
  await causeway.goto();
  await causeway.openPicker();
  expect(await violations(causeway.page)).toEqual([]);
  await causeway.page.keyboard.press('Escape');
  await causeway.openFile(servedMapPath(INVALID_MAP));
  await expect(causeway.problemsPanel()).toBeVisible();
  expect(await violations(causeway.page)).toEqual([]);
});
