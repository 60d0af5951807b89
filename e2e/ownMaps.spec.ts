// A teacher's own map from a blank one, by keys alone: kinds, texts, a source with its quote, 12 links, statuses; then save as, duplicate, rename, delete and restore.
import { expect, test as base } from './fixtures/causewayTest.ts';
import { OwnMapsPage } from './support/OwnMapsPage.ts';

const test = base.extend<{ own: OwnMapsPage }>({
  own: async ({ causeway }, use, testInfo) => {
    const own = new OwnMapsPage(causeway, `own-${testInfo.testId.toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 16)}`);
    await use(own);
    await own.removeFiles();
  },
});

test.describe.configure({ timeout: 420_000 });

/** Ten claims of a classical historian's argument: label, kind key (1 event, 2 claim, 3 assumption, 4 evidence), status key. */
const CLAIMS: readonly [string, string, string][] = [
  ['Athens grows in power', '1', 's'],
  ['Sparta fears Athens', '2', 'c'],
  ['Corcyra allies with Athens', '1', 's'],
  ['Megarian decree', '1', 's'],
  ['Corinth urges war', '2', 's'],
  ['War is inevitable', '3', 'r'],
  ['Thucydides 1.23', '4', 's'],
  ['Potidaea revolts', '1', 's'],
  ['Pericles refuses to yield', '2', 'u'],
];

/** 11 links between existing claims (Alt+1 causes, 2 supports, 3 refutes, 4 motivates), and a 12th that makes its target. */
const LINKS: readonly [string, string, number][] = [
  ['Athens grows in power', 'Sparta fears', 1],
  ['Sparta fears Athens', 'War is inevitable', 4],
  ['Corcyra allies with Athens', 'Corinth urges', 1],
  ['Megarian decree', 'Corinth urges', 1],
  ['Corinth urges war', 'Sparta fears', 4],
  ['Thucydides 1.23', 'Sparta fears', 2],
  ['Potidaea revolts', 'Corinth urges', 1],
  ['Pericles refuses to yield', 'Megarian decree', 4],
  ['Athens grows in power', 'Corcyra allies', 1],
  ['Thucydides 1.23', 'War is inevitable', 2],
  ['Corcyra allies with Athens', 'Potidaea', 1],
];

test('builds a 10-claim map from a blank one by keyboard, saves it as a new file, and duplicates, renames, deletes and restores it', async ({ causeway, own, page }) => {
  const title = `Why Sparta went to war ${own.prefix}`;
  await causeway.goto();
  await page.locator('body').focus();

  // A blank map, its title asked first; the file exists at once and the header shows the new title.
  await page.keyboard.press('Control+Alt+n');
  await expect(own.dialog().getByRole('heading', { name: 'New map' })).toBeVisible();
  await expect(own.dialog().getByLabel('Start from')).toHaveValue('');
  await own.fillTitleAndName('Draft', `${own.prefix}-draft`);
  await expect(page).toHaveURL(new RegExp(`map=${own.prefix}-draft`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Draft');
  await expect(causeway.nodes()).toHaveCount(0);
  expect((await own.onDisk(`${own.prefix}-draft`))?.meta).toEqual({ title: 'Draft' });
  // Nothing of the seed map is left: the header cites no source.
  await expect(page.locator('.app-header__citation')).not.toContainText('Wells');

  await page.locator('body').focus();
  for (const [label, kind, status] of CLAIMS) await own.addNode(label, kind, status);
  await expect(causeway.nodes()).toHaveCount(9);
  for (const [from, to, relation] of LINKS) await own.link(from, to, relation);

  // The 12th link names a node that does not exist yet: Link to… makes it.
  await own.select('Sparta fears Athens');
  await page.keyboard.press('l');
  await page.keyboard.type('Sparta votes for war');
  await expect(own.dialog().getByRole('button', { name: 'Create “Sparta votes for war”' })).toBeVisible();
  await page.keyboard.press('Alt+Digit4');
  await page.keyboard.press('Enter');
  await expect(causeway.nodes()).toHaveCount(10);
  await expect(causeway.edges()).toHaveCount(12);
  await page.keyboard.press('1');

  // A text and a source with its quote, in the inspector by Tab; a blank map's new source cites nothing of another map.
  await own.select('Athens grows in power');
  await own.tabTo(/^Text$/);
  await page.keyboard.type('The growth of Athenian power after the Persian wars.');
  await own.tabTo(/^Add source$/);
  await page.keyboard.press('Enter');
  const citation = page.getByLabel('Citation 1', { exact: true });
  await expect(citation).toHaveValue('Source');
  await citation.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Thucydides 1.23.6');
  await page.keyboard.press('Tab');
  await page.keyboard.type('The growth of the power of Athens, and the alarm which this inspired in Sparta, made war inevitable.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');

  // The map's own details: the title it is saved under, and its source.
  await own.menu('Map details (title, summary, source)');
  const details = page.getByRole('complementary', { name: 'Map details' });
  await expect(details.getByLabel('Map title')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await own.tabTo(/^Author$/);
  await page.keyboard.type('Thucydides');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(`${title} — Causeway`);
  await expect(page.locator('.app-header__citation')).toContainText('Thucydides');

  // Save as a new file; the draft's file keeps the blank map it was saved as.
  await page.keyboard.press('ControlOrMeta+Shift+s');
  await own.fillTitleAndName(title, own.prefix);
  await expect(page).toHaveURL(new RegExp(`map=${own.prefix}(&|$)`));
  const saved = await own.onDisk(own.prefix);
  expect(saved?.meta.title).toBe(title);
  expect(saved?.meta.source).toEqual({ author: 'Thucydides', title: '' });
  expect(saved?.nodes).toHaveLength(10);
  expect(saved?.edges).toHaveLength(12);
  expect(new Set(saved?.nodes.map((claim) => claim.kind))).toEqual(new Set(['event', 'claim', 'assumption', 'evidence']));
  expect(saved?.nodes.filter((claim) => claim.status === 'refuted')).toHaveLength(1);
  expect(saved?.nodes.flatMap((claim) => claim.sources)).toEqual([
    { citation: 'Thucydides 1.23.6', quote: 'The growth of the power of Athens, and the alarm which this inspired in Sparta, made war inevitable.' },
  ]);
  expect(new Set(saved?.edges.map((edge) => edge.relation))).toEqual(new Set(['causes', 'supports', 'motivates']));
  expect((await own.onDisk(`${own.prefix}-draft`))?.nodes).toEqual([]);

  // After a reload the picker lists it by title, with its file name.
  await page.reload();
  await causeway.settled();
  const picker = await causeway.openPicker();
  await picker.getByLabel('Find a map').fill(own.prefix);
  const entry = picker.getByRole('link', { name: new RegExp(`^${title}\\s*${own.prefix}\\.json`) });
  await expect(entry).toBeVisible();
  await page.keyboard.press('Escape');

  // Duplicate, then rename the copy (title and file name).
  await page.locator('body').focus();
  await own.menu('Duplicate map…');
  await expect(own.dialog().getByLabel('Title', { exact: true })).toHaveValue(`${title} (copy)`);
  await own.fillTitleAndName(`${title} (copy)`, `${own.prefix}-copy`);
  await expect(page).toHaveURL(new RegExp(`map=${own.prefix}-copy`));
  expect((await own.onDisk(`${own.prefix}-copy`))?.edges).toHaveLength(12);

  await own.menu('Rename map…');
  await own.fillTitleAndName('Sparta’s fear, second version', `${own.prefix}-fear`);
  await expect(page).toHaveURL(new RegExp(`map=${own.prefix}-fear`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sparta’s fear, second version');
  expect(await own.onDisk(`${own.prefix}-copy`)).toBeNull();
  expect((await own.onDisk(`${own.prefix}-fear`))?.meta.title).toBe('Sparta’s fear, second version');

  // Delete to the trash, inside maps/, and restore it from the picker.
  await own.menu('Delete map…');
  await expect(own.dialog()).toContainText(`maps/${own.prefix}-fear.json`);
  await own.dialog().getByRole('button', { name: 'Move to trash' }).focus();
  await page.keyboard.press('Enter');
  await expect(own.dialog()).toHaveCount(0);
  await expect(page).not.toHaveURL(new RegExp(`map=${own.prefix}-fear`));
  expect(await own.onDisk(`${own.prefix}-fear`)).toBeNull();
  expect(await own.trashed()).toEqual([expect.stringMatching(new RegExp(`^${own.prefix}-fear--\\d+\\.json$`))]);

  const again = await causeway.openPicker();
  await again.getByRole('button', { name: 'Trash' }).click();
  await again.getByRole('button', { name: `Restore “Sparta’s fear, second version” (${own.prefix}-fear.json)` }).click();
  await expect(page).toHaveURL(new RegExp(`map=${own.prefix}-fear`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sparta’s fear, second version');
  expect((await own.onDisk(`${own.prefix}-fear`))?.nodes).toHaveLength(10);
  expect(await own.trashed()).toEqual([]);
});
