// Evaluation on the seed map: flags with their Why?, flags that follow the marks, what-if that saves nothing, a practice round.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/causewayTest.ts';
import { readServedMap, SEED_MAP, servedMapPath } from './fixtures/servedMaps.ts';
import type { CausewayPage } from './support/CausewayPage.ts';
import { ExportPanel } from './support/ExportPanel.ts';

const seed = readServedMap(SEED_MAP);
const US_ASSUMPTIONS = ['stalin-drove-invasion', 'stalin-probe-of-west'];
const CHAIN = ['nsc68-buildup', 'nato-integrated-force', 'soviet-strategic-expansion', 'cold-war-escalation'];
const BROKEN = ['stalin-drove-invasion-motivates-nsc68-buildup', 'stalin-probe-of-west-motivates-nsc68-buildup'];
const MISCALCULATION = /rests-on-miscalculation/;

function label(id: string): string {
  const claim = seed.nodes.find((c) => c.id === id);
  if (!claim) throw new Error(`the seed map has no claim '${id}'`);
  return claim.label;
}

async function markSelected(causeway: CausewayPage, ids: readonly string[], status: string): Promise<void> {
  for (const id of ids) {
    await causeway.selectNode(id);
    await causeway.button(status).click();
  }
}

async function expectChainFlagged(causeway: CausewayPage, flagged: boolean): Promise<void> {
  for (const id of CHAIN) {
    await expect(causeway.nodeLook(id)).toHaveAttribute('data-flags', flagged ? MISCALCULATION : '');
  }
  for (const id of BROKEN) {
    if (flagged) await expect(causeway.edge(id)).toHaveAttribute('data-broken', 'true');
    else await expect(causeway.edge(id)).not.toHaveAttribute('data-broken');
  }
}

test('the buildup and its chain to the escalation are flagged, and Why? lists the path from the refuted US assumption', async ({ causeway, page }) => {
  await causeway.goto();
  await expectChainFlagged(causeway, true);
  for (const id of US_ASSUMPTIONS) await expect(causeway.nodeLook(id)).toHaveAttribute('data-status', 'refuted');
  await expect(causeway.node('nsc68-buildup')).toHaveAccessibleName(/Supported.*flagged: miscalculation \(rests on a refuted assumption\)/);
  await expect(causeway.node('north-korean-invasion')).not.toHaveAccessibleName(/flagged/);

  // From the keyboard: the node's Why? button opens the explanation, Escape closes it and gives focus back.
  await page.getByRole('button', { name: `Why is ${label('cold-war-escalation')} flagged?` }).focus();
  await page.keyboard.press('Enter');
  const why = page.getByRole('region', { name: `Why is “${label('cold-war-escalation')}” flagged?` });
  await expect(why).toBeVisible();
  await expect(why.getByRole('listitem')).toContainText([
    `rests on: ${label('stalin-drove-invasion')} (refuted) → motivates → ${label('nsc68-buildup')} → causes → ${label('cold-war-escalation')}`,
    `rests on: ${label('stalin-probe-of-west')} (refuted) → motivates → ${label('nsc68-buildup')} → causes → ${label('cold-war-escalation')}`,
  ]);
  await page.keyboard.press('Escape');
  await expect(why).toBeHidden();
  await expect(page.getByRole('button', { name: `Why is ${label('cold-war-escalation')} flagged?` })).toBeFocused();
});

test('marking the US assumptions supported clears the flags at once; undo brings them back', async ({ causeway }) => {
  await causeway.goto();
  await markSelected(causeway, US_ASSUMPTIONS, 'Supported');
  await expectChainFlagged(causeway, false);
  // The archives still refute the assumptions, so marking them supported puts them in tension instead.
  for (const id of US_ASSUMPTIONS) await expect(causeway.nodeLook(id)).toHaveAttribute('data-flags', 'in-tension');
  // Kim's assurance to Stalin stays refuted, so the claim resting on it keeps its flag.
  await expect(causeway.nodeLook('stalin-agreed-jan-1950')).toHaveAttribute('data-flags', MISCALCULATION);
  await causeway.button('Undo').click();
  await expect(causeway.nodeLook('nsc68-buildup')).toHaveAttribute('data-flags', MISCALCULATION);
});

test('what-if: temporary marks change the flags, nothing is saved or undoable, one click brings the real marks back', async ({ causeway, page }) => {
  // Many steps through the real UI; on a loaded machine they need more than the default time.
  test.slow();
  const fileBefore = readFileSync(servedMapPath(SEED_MAP), 'utf8');
  await causeway.goto();
  await causeway.button('What if…').click();
  const banner = page.getByRole('region', { name: 'What-if view' });
  await expect(banner).toContainText('0 statuses changed');
  await expect(banner).toContainText('Renaming, linking and deleting still change the real map.');
  await expect(page.getByTestId('what-if-frame')).toBeVisible();

  await markSelected(causeway, US_ASSUMPTIONS, 'Supported');
  await expect(banner).toContainText('2 statuses changed');
  for (const id of US_ASSUMPTIONS) await expect(causeway.nodeLook(id)).toHaveAttribute('data-status', 'supported');
  await expect(causeway.node('stalin-probe-of-west')).toHaveAccessibleName(/what-if: really Refuted/);
  await expectChainFlagged(causeway, false);
  await expect(causeway.button('Supported')).toHaveAttribute('aria-pressed', 'true');
  await expect(causeway.button('Undo')).toBeDisabled();
  await expect(page.getByText('All changes saved')).toBeVisible();

  await banner.getByRole('button', { name: 'Back to real marks' }).click();
  await expect(banner).toBeHidden();
  for (const id of US_ASSUMPTIONS) await expect(causeway.nodeLook(id)).toHaveAttribute('data-status', 'refuted');
  await expectChainFlagged(causeway, true);
  await expect(causeway.button('Undo')).toBeDisabled();
  expect(readFileSync(servedMapPath(SEED_MAP), 'utf8')).toBe(fileBefore);

  await page.reload();
  await causeway.settled();
  await expect(page.getByText('Restored unsaved changes')).toHaveCount(0);
  await expect(causeway.nodeLook('stalin-probe-of-west')).toHaveAttribute('data-status', 'refuted');
});

test('practice: statuses hidden, the student marks, Check scores it with agree/differ and Why? feedback, leaving restores the map', async ({ causeway, page }) => {
  // Many steps through the real UI; on a loaded machine they need more than the default time.
  test.slow();
  const fileBefore = readFileSync(servedMapPath(SEED_MAP), 'utf8');
  await causeway.goto();
  await causeway.button('Practice').click();
  const panel = page.getByRole('region', { name: 'Practice' });
  await expect(panel).toBeVisible();
  await expect(causeway.node('stalin-probe-of-west')).not.toContainText('Refuted');
  await expect(causeway.node('stalin-probe-of-west')).toContainText('Your mark?');
  await expect(causeway.node('stalin-probe-of-west')).toHaveAccessibleName(/not marked yet/);
  await expect(page.getByRole('button', { name: /^Why is .* flagged\?$/ })).toHaveCount(0);

  await markSelected(causeway, ['stalin-probe-of-west'], 'Refuted');
  await markSelected(causeway, ['nsc68-buildup'], 'Refuted');
  await expect(causeway.button('Refuted')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel).toContainText(`2 of ${seed.nodes.length} nodes marked`);

  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(panel.getByRole('status').filter({ hasText: /^Score/ })).toHaveText(`Score: 1 of ${seed.nodes.length}`);
  await expect(panel).toContainText(`1 agree · 1 differ · ${seed.nodes.length - 2} not marked`);
  await expect(causeway.node('stalin-probe-of-west').locator('[data-verdict]')).toHaveAttribute('data-verdict', 'agree');
  await expect(causeway.node('nsc68-buildup').locator('[data-verdict]')).toHaveAttribute('data-verdict', 'differ');
  await expect(causeway.node('nsc68-buildup')).toHaveAccessibleName(/differs: the map says Supported/);
  await expect(causeway.nodeLook('nsc68-buildup')).toHaveAttribute('data-flags', MISCALCULATION);
  // Feedback on what was marked only: an unmarked claim's flags, or a link broken by an unmarked claim, would be answers.
  await expect(causeway.nodeLook('cold-war-escalation')).toHaveAttribute('data-flags', '');
  await expect(causeway.edge('stalin-probe-of-west-motivates-nsc68-buildup')).toHaveAttribute('data-broken', 'true');
  await expect(causeway.edge('stalin-drove-invasion-motivates-nsc68-buildup')).not.toHaveAttribute('data-broken');

  await panel.getByRole('button', { name: `Why does the map mark ${label('nsc68-buildup')} Supported?` }).click();
  const why = page.getByRole('region', { name: `Why is “${label('nsc68-buildup')}” flagged?` });
  await expect(why).toContainText('You marked it Refuted; the map marks it Supported.');
  await expect(why.getByRole('listitem').first()).toContainText(`(refuted) → motivates → ${label('nsc68-buildup')}`);

  await panel.getByRole('button', { name: 'Leave practice' }).click();
  await expect(panel).toBeHidden();
  await expect(causeway.nodeLook('nsc68-buildup')).toHaveAttribute('data-status', 'supported');
  await expect(causeway.node('stalin-probe-of-west')).toContainText('Refuted');
  await expect(causeway.button('Undo')).toBeDisabled();
  expect(readFileSync(servedMapPath(SEED_MAP), 'utf8')).toBe(fileBefore);

  await causeway.button('Practice').click();
  await expect(page.getByRole('region', { name: 'Practice' })).toContainText(`2 of ${seed.nodes.length} nodes marked`);
});

test('the Why? panel, the what-if view and a checked practice round have no WCAG A/AA violations', async ({ causeway, page }) => {
  test.setTimeout(180_000);
  const violations = async () => {
    // The pointer rests away from the toolbar, so a hovered button's look is not what is checked.
    await page.mouse.move(1, 890);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  };
  await causeway.goto();
  await causeway.button('What if…').click();
  await markSelected(causeway, ['stalin-probe-of-west'], 'Supported');
  await page.getByRole('button', { name: `Why is ${label('nsc68-buildup')} flagged?` }).click();
  await expect(page.getByRole('region', { name: `Why is “${label('nsc68-buildup')}” flagged?` })).toBeVisible();
  expect(await violations()).toEqual([]);
  await causeway.button('Practice').click();
  await markSelected(causeway, ['nsc68-buildup'], 'Refuted');
  await page.getByRole('region', { name: 'Practice' }).getByRole('button', { name: 'Check' }).click();
  await page.getByRole('button', { name: `Why does the map mark ${label('nsc68-buildup')} Supported?` }).click();
  expect(await violations()).toEqual([]);
});

test('exports draw the flags, and in what-if the tried statuses with their frames, while JSON keeps the real marks', async ({ causeway, page }) => {
  test.slow();
  await causeway.goto();
  await causeway.button('What if…').click();
  await markSelected(causeway, ['stalin-probe-of-west'], 'Supported');
  const menu = new ExportPanel(page);
  await menu.open();
  const svg = (await menu.download('SVG')).bytes.toString('utf8');
  expect(svg).toContain('What-if view: 1 status differs');
  expect(svg.match(/data-role="what-if"/g)).toHaveLength(1);
  expect(svg).toMatch(/data-claim-id="stalin-probe-of-west"[^>]*data-status="supported"/);
  expect(svg).toContain('data-standing="cold-war-escalation"');
  expect(svg).toContain('data-broken="true" data-relation-id="stalin-drove-invasion-motivates-nsc68-buildup"');
  expect(svg).not.toContain('data-broken="true" data-relation-id="stalin-probe-of-west-motivates-nsc68-buildup"');
  await menu.open();
  const json = (await menu.download('JSON (map file)')).bytes.toString('utf8');
  expect(json).toBe(readFileSync(servedMapPath(SEED_MAP), 'utf8'));
});
