// Joint groups in the browser: group two links by keyboard, see one merged arrow, refute one member and see the target fall with Why? naming the group.
import { aClaim, aMap, aRelation } from '../src/model/testBuilders.ts';
import { expect, test } from './fixtures/editingTest.ts';

const premises = aMap(
  [
    aClaim('tanks-ready', { kind: 'evidence', label: 'The tanks were ready', status: 'supported' }),
    aClaim('roads-dry', { kind: 'evidence', label: 'The roads were dry', status: 'supported' }),
    aClaim('attack-possible', { label: 'An attack in June was possible', status: 'supported' }),
  ],
  [aRelation('tanks-ready', 'attack-possible', { relation: 'supports' }), aRelation('roads-dry', 'attack-possible', { relation: 'supports' })],
);
const [TANKS, ROADS] = ['tanks-ready-supports-attack-possible', 'roads-dry-supports-attack-possible'];

test('groups two links by keyboard into one merged arrow; refuting one member makes the target fall, and Why? names the group', async ({ editing, causeway, page }) => {
  await editing.open(premises);
  // Separate reasons: two arrowheads, and refuting one premise would leave the other standing.
  await expect(page.locator('[data-joint-stem]')).toHaveCount(0);

  await causeway.node('attack-possible').focus();
  await page.keyboard.press(' ');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('j');
  await expect(page.getByRole('status').filter({ hasText: 'Grouped 2 links' })).toBeVisible();
  await expect(causeway.edge(TANKS)).toHaveAccessibleName(/The tanks were ready supports An attack in June was possible, jointly with The roads were dry/);
  await expect(causeway.edge(ROADS)).toHaveAccessibleName(/jointly with The tanks were ready/);
  // One arrow: both links are drawn merged, and only one stem with its arrowhead goes into the target.
  await expect(causeway.edge(TANKS).locator('[data-joint="merged"]')).toHaveCount(1);
  await expect(causeway.edge(ROADS).locator('[data-joint="merged"]')).toHaveCount(1);
  await expect(page.locator('[data-joint-stem]')).toHaveCount(1);

  await page.keyboard.press('Escape');
  await causeway.node('tanks-ready').focus();
  await page.keyboard.press(' ');
  await page.keyboard.press('r');
  await expect(causeway.nodeLook('attack-possible')).toHaveAttribute('data-flags', 'unsupported');
  await page.getByRole('button', { name: 'Why is An attack in June was possible flagged?' }).click();
  const why = page.getByRole('region', { name: 'Why is “An attack in June was possible” flagged?' });
  await expect(why.getByRole('listitem')).toContainText([
    'its joint support ‘attack-possible-joint’ falls when any member is refuted: The tanks were ready (refuted) → supports, jointly with “The roads were dry” → An attack in June was possible',
  ]);
  await expect(why).toContainText('a joint group when any one of its members is');

  // Ungrouped again (J on a grouped link), the standing premise holds the target up.
  await page.keyboard.press('Escape');
  await causeway.edge(ROADS).focus();
  await page.keyboard.press(' ');
  await page.keyboard.press('j');
  await expect(page.locator('[data-joint-stem]')).toHaveCount(0);
  await expect(causeway.nodeLook('attack-possible')).toHaveAttribute('data-flags', '');
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-joint-stem]')).toHaveCount(1);
  await expect(causeway.nodeLook('attack-possible')).toHaveAttribute('data-flags', 'unsupported');
});
