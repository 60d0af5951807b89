// Staged reveal on the seed map: a refuted US assumption reads "?" until the archives refute it, in Present, in ?step=N and as the story editor sets it.
import { markRevealSteps } from '../src/model/stagedMarks.ts';
import { stepOrder } from '../src/model/stepOrder.ts';
import { expect, test } from './fixtures/teachingTest.ts';
import { readServedMap, SEED_MAP } from './fixtures/servedMaps.ts';
import type { TeachingPage } from './support/TeachingPage.ts';

const seed = readServedMap(SEED_MAP);
const order = stepOrder(seed, seed.story);
const ASSUMPTION = 'stalin-drove-invasion';
const BUILDUP = 'nsc68-buildup';
const own = order.indexOf(ASSUMPTION) + 1;
const revealed = markRevealSteps(seed, order).get(ASSUMPTION) as number;
const label = seed.nodes.find((c) => c.id === ASSUMPTION)?.label ?? '';

async function expectHidden(teaching: TeachingPage): Promise<void> {
  await expect(teaching.markBadge(ASSUMPTION)).toHaveText(/^\?/);
  await expect(teaching.markBadge(ASSUMPTION)).not.toContainText('Refuted');
  await expect(teaching.app.node(ASSUMPTION)).toHaveAccessibleName(/not yet revealed/);
  await expect(teaching.app.nodeLook(BUILDUP)).toHaveAttribute('data-flags', '');
  await expect(teaching.app.node(BUILDUP)).not.toHaveAccessibleName(/flagged/);
}

async function expectRevealed(teaching: TeachingPage): Promise<void> {
  await expect(teaching.markBadge(ASSUMPTION)).toHaveText('Refuted');
  await expect(teaching.app.node(ASSUMPTION)).toHaveAccessibleName(/Refuted/);
  await expect(teaching.app.node(ASSUMPTION)).not.toHaveAccessibleName(/not yet revealed/);
  await expect(teaching.app.nodeLook(BUILDUP)).toHaveAttribute('data-flags', /rests-on-miscalculation/);
  await expect(teaching.app.node(BUILDUP)).toHaveAccessibleName(/flagged: miscalculation \(rests on a refuted assumption\)/);
}

test('the seed map teaches the refuted assumption before the evidence that reveals its mark', () => {
  expect(own).toBeGreaterThan(order.indexOf(BUILDUP) + 1);
  expect(revealed).toBeGreaterThan(own);
  expect(seed.edges.some((r) => r.relation === 'refutes' && r.target === ASSUMPTION && r.source === order[revealed - 1])).toBe(true);
});

test('in Present the refuted assumption reads "?" until the refuting evidence’s step, and the buildup’s flag comes with it', async ({ causeway, teaching, page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await causeway.goto();
  await teaching.present();
  await teaching.goToStep(own);
  await expectHidden(teaching);
  // The step panel says it in words too.
  await expect(teaching.stepPanel().getByText('Mark not yet revealed')).toBeAttached();
  await expect(teaching.stepPanel().getByText('Refuted', { exact: true })).toHaveCount(0);
  for (let step = own + 1; step < revealed; step++) {
    await page.keyboard.press('ArrowRight');
    await expect(teaching.counter()).toHaveText(`${step} / ${order.length}`);
    await expectHidden(teaching);
  }
  await page.keyboard.press('ArrowRight');
  await expect(teaching.counter()).toHaveText(`${revealed} / ${order.length}`);
  await expectRevealed(teaching);
  // Back one step, and the mark is hidden again: the step decides, not what was seen before.
  await page.keyboard.press('ArrowLeft');
  await expectHidden(teaching);
});

test('the deep link shows the same: ?step=N before the evidence hides the mark, after it shows it, on reload too', async ({ causeway, teaching, page }) => {
  test.setTimeout(120_000);
  await page.goto(`/?map=${SEED_MAP}&step=${revealed - 1}`);
  await causeway.settled();
  await expect(teaching.counter()).toHaveText(`${revealed - 1} / ${order.length}`);
  await expectHidden(teaching);
  await page.reload();
  await causeway.settled();
  await expectHidden(teaching);
  await page.goto(`/?map=${SEED_MAP}&step=${revealed}`);
  await causeway.settled();
  await expect(teaching.counter()).toHaveText(`${revealed} / ${order.length}`);
  await expectRevealed(teaching);
  await page.reload();
  await causeway.settled();
  await expectRevealed(teaching);
});

test('the story editor sets the step a mark is revealed at, by keyboard, and previews what each step reveals', async ({ causeway, teaching, page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await causeway.goto();
  await teaching.present();
  await teaching.goToStep(own);
  await teaching.button('Edit story').click();
  await expect(teaching.revealPreview(revealed)).toContainText(`Refuted — ${label}`);
  await expect(teaching.revealPreview(own)).not.toContainText('this claim');

  // At once: typed into the field and kept with Enter, the mark shows from the assumption's own step.
  const field = teaching.revealField(own);
  await field.focus();
  await page.keyboard.type(String(own));
  await page.keyboard.press('Enter');
  await expect(teaching.revealPreview(own)).toContainText('Refuted — this claim');
  await expect(teaching.revealPreview(revealed)).not.toContainText(label);
  await expectRevealed(teaching);

  // Later than the rules say: still "?" at the evidence's step, shown from the chosen one.
  const later = Math.min(order.length, revealed + 2);
  await field.fill(String(later));
  await field.press('Enter');
  await expect(teaching.revealPreview(later)).toContainText(`Refuted — ${label}`);
  await teaching.storyEditor().getByRole('button', { name: `Show step ${revealed}`, exact: true }).click();
  await expect(teaching.counter()).toHaveText(`${revealed} / ${order.length}`);
  await expectHidden(teaching);
  await teaching.storyEditor().getByRole('button', { name: `Show step ${later}`, exact: true }).click();
  await expect(teaching.counter()).toHaveText(`${later} / ${order.length}`);
  await expectRevealed(teaching);

  // Emptied, the field goes back to the rules.
  await field.fill('');
  await field.press('Enter');
  await expect(teaching.revealPreview(revealed)).toContainText(`Refuted — ${label}`);
});
