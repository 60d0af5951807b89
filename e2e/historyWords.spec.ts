// The words of history in the browser: dates typed as historians write them and shown back, and the map's own name for its flag.
import { expect, test } from './fixtures/editingTest.ts';
import { readServedMap, SEED_MAP } from './fixtures/servedMaps.ts';

const seed = readServedMap(SEED_MAP);

test('the date field takes 431 BCE, shows it back as typed, stores the sortable form, and refuses year 0 saying why', async ({ editing, page }) => {
  await editing.open(seed);
  await editing.clickNode('north-korean-invasion');
  const date = editing.field('Date');
  await expect(date).toHaveValue('1950-06-25');

  await date.fill('431 BCE');
  await date.press('Enter');
  await expect(date).toHaveValue('431 BCE');
  await page.keyboard.press('Control+s');
  await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
  expect(editing.onDisk().nodes.find((claim) => claim.id === 'north-korean-invasion')).toMatchObject({ date: '-0430', dateText: '431 BCE' });

  await date.fill('c. 1200 BC');
  await date.press('Enter');
  await expect(date).toHaveValue('c. 1200 BC');

  await date.fill('0 BC');
  await date.press('Enter');
  await expect(editing.refusal()).toContainText('there is no year 0: 1 BC is followed by AD 1');
  await expect(date).toHaveValue('0 BC');
});

test('the legend’s field names the map’s flag; the tags, the legend and the node’s name use the new words, and the file keeps them', async ({ editing, causeway, page }) => {
  await editing.open(seed);
  const legend = page.getByRole('complementary', { name: 'Legend' });
  await expect(legend).toContainText('Miscalculation');
  const opener = legend.getByRole('button', { name: 'Name this flag…' });
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(opener).toHaveAttribute('aria-expanded', 'true');
  const name = legend.getByLabel('Name of the flag', { exact: true });
  await expect(name).toHaveValue('Miscalculation');

  await name.fill('Pretext');
  await name.press('Enter');
  await expect(causeway.nodeLook('nsc68-buildup').locator('.flag-tag[data-flag="restsOnMiscalculation"]')).toContainText('Pretext');
  await expect(legend).toContainText('Pretext');
  await expect(legend).not.toContainText('Miscalculation');
  await expect(causeway.node('nsc68-buildup')).toHaveAccessibleName(/flagged: pretext \(rests on a refuted assumption\)/);
  await page.keyboard.press('Control+s');
  await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
  expect(editing.onDisk().meta.flagName).toBe('Pretext');

  await name.fill('');
  await name.press('Enter');
  await expect(legend).toContainText('Rests on a refuted assumption');
});

test('on a narrow window the legend opens collapsed, giving the map its room, and its toggle opens it by keyboard', async ({ editing, page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await editing.open(seed);
  const legend = page.getByRole('complementary', { name: 'Legend' });
  const toggle = legend.getByRole('button', { name: 'Legend' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(legend.getByRole('heading', { name: 'Kinds' })).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(legend.getByRole('button', { name: 'Hide legend' })).toHaveAttribute('aria-expanded', 'true');
  await expect(legend.getByRole('heading', { name: 'Kinds' })).toBeVisible();
});
