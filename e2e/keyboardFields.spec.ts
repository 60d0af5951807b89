// The keyboard gets back to the map from a field: Escape in the inspector returns to the selected node or link, and a search hit chosen with Enter takes the focus.
import { expect, test } from './fixtures/editingTest.ts';
import { smallMap } from './fixtures/fixtureMaps.ts';

test.describe('from a field back to the map', () => {
  test('after Enter in Label, Escape returns to the node and N, L and S act on the map again', async ({ editing, causeway, page }) => {
    await editing.open();
    await editing.clickNode('airlift-deters');
    const label = editing.field('Label');
    await label.fill('The airlift deterred a war');
    await label.press('Enter');
    await label.press('Escape');
    await expect(causeway.node('airlift-deters')).toBeFocused();
    await expect(causeway.node('airlift-deters')).toHaveAttribute('aria-label', /^The airlift deterred a war/);

    await page.keyboard.press('s');
    await expect(causeway.nodeLook('airlift-deters')).toHaveAttribute('data-status', 'supported');
    await expect(label).toHaveValue('The airlift deterred a war');

    await page.keyboard.press('l');
    const linkTo = page.getByRole('dialog');
    await expect(linkTo).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(linkTo).toHaveCount(0);

    await causeway.node('airlift-deters').focus();
    await page.keyboard.press('n');
    await expect(editing.labelEditor()).toBeFocused();
    await expect(causeway.nodes()).toHaveCount(smallMap.nodes.length + 1);
  });

  test('Escape in Text puts back what it held, in the field and on the map, and returns to the node', async ({ editing, causeway, page }) => {
    await editing.open();
    await editing.clickNode('blockade');
    const text = editing.field('Text');
    await text.click();
    await text.pressSequentially('Not meant');
    // A pause puts the typing into the map; Escape still takes all of it back.
    await expect(editing.dirtyIndicator()).toHaveText(/Unsaved changes/);
    await expect(editing.button('Undo')).toBeEnabled();
    await text.press('Escape');
    await expect(causeway.node('blockade')).toBeFocused();
    await expect(text).toHaveValue('');
    await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
    await expect(editing.button('Undo')).toBeDisabled();
    await page.keyboard.press('r');
    await expect(causeway.nodeLook('blockade')).toHaveAttribute('data-status', 'refuted');
  });

  test('a pause and Enter make one undo step of all the typing in a field', async ({ editing, causeway, page }) => {
    await editing.open();
    await editing.clickNode('blockade');
    const label = editing.field('Label');
    await label.click();
    await label.press('End');
    await label.pressSequentially(' in June');
    await expect(causeway.node('blockade')).toHaveAttribute('aria-label', /^Berlin blockade begins in June/);
    await label.pressSequentially(' 1948');
    await label.press('Enter');
    await expect(causeway.node('blockade')).toHaveAttribute('aria-label', /^Berlin blockade begins in June 1948/);
    await label.press('Escape');
    await page.keyboard.press('Control+z');
    await expect(causeway.node('blockade')).toHaveAttribute('aria-label', /^Berlin blockade begins —/);
    await expect(editing.button('Undo')).toBeDisabled();
  });

  test('Escape from a menu in the inspector returns to the node, and in the link inspector to the link', async ({ editing, causeway, page }) => {
    await editing.open();
    await editing.clickNode('airlift');
    await editing.field('Kind').selectOption('claim');
    await editing.field('Kind').press('Escape');
    await expect(causeway.node('airlift')).toBeFocused();

    const id = smallMap.edges[0]?.id as string;
    await editing.clickEdge(id);
    await editing.field('Link label').fill('at once');
    await editing.field('Link label').press('Enter');
    await editing.field('Link label').press('Escape');
    await expect(causeway.edge(id)).toBeFocused();
    await page.keyboard.press('Delete');
    await expect(causeway.edge(id)).toHaveCount(0);
  });

  test('Enter on a search hit moves the focus to the claim found, where its keys act on it', async ({ editing, causeway, page }) => {
    await editing.open();
    await page.keyboard.press('Control+f');
    const search = page.getByRole('combobox', { name: 'Search the map' });
    await expect(search).toBeFocused();
    await search.pressSequentially('deterred escalation');
    await search.press('Enter');
    await expect(causeway.node('airlift-deters')).toBeFocused();
    await expect(causeway.node('airlift-deters')).toHaveClass(/selected/);
    await page.keyboard.press('c');
    await expect(causeway.nodeLook('airlift-deters')).toHaveAttribute('data-status', 'contested');
  });
});
