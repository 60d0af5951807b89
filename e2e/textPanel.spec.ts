// The Text panel: the map as Argdown, typed into like the canvas, kept in step both ways, with undo and reload.
import { expect, test } from './fixtures/editingTest.ts';
import { pasteOnCanvas, TextPanelPage } from './support/TextPanelPage.ts';

/** Loading the Argdown parser the first time takes seconds on a busy machine. */
test.describe.configure({ timeout: 90_000 });

test.describe('the Text panel', () => {
  test('opens by key, and a typed claim with a support line appears on the canvas', async ({ editing, causeway, page }) => {
    await editing.open();
    const text = new TextPanelPage(page);
    await page.locator('.react-flow__pane').click();
    await page.keyboard.press('t');
    await expect(text.field()).toBeFocused();
    await expect(text.field()).toHaveValue(/\[blockade\]: Berlin blockade begins \{kind: event, status: supported, date: "1948-06-24", links: \[\{to: airlift, as: causes\}\]\}\n {2}\+> \[airlift\]/);
    await expect(text.toggle()).toHaveAttribute('aria-pressed', 'true');

    await text.typeAtEnd('\n[hunger]: West Berlin runs short of food\n  +> [airlift]\n');
    await expect(causeway.node('hunger')).toBeVisible();
    await expect(causeway.edge('hunger-supports-airlift')).toHaveCount(1);
    await expect(causeway.nodes()).toHaveCount(6);
  });

  test('a broken text shows its problem with line and column, and the map stays as it was', async ({ editing, causeway, page }) => {
    await editing.open();
    const text = new TextPanelPage(page);
    await text.toggle().click();
    await expect(text.field()).toHaveValue(/\[airlift-deters\]/);
    await text.appendAtOnce('\n[broken]: an _italic run\n');
    await expect(text.problems().first()).toHaveText(/^line \d+, column \d+: Incomplete italic text range/);
    await expect(text.field()).toHaveAttribute('aria-invalid', 'true');
    await expect(text.state()).toContainText('The map keeps its last valid state');
    await expect(causeway.nodes()).toHaveCount(5);
    await expect(causeway.node('broken')).toHaveCount(0);
  });

  test('an edit on the canvas updates the text, and undo goes back through both', async ({ editing, causeway, page }) => {
    await editing.open();
    const text = new TextPanelPage(page);
    await text.toggle().click();
    // One change between pauses is one undo step (typed key by key, each pause would be one).
    await expect(text.field()).toHaveValue(/\[airlift-deters\]/);
    await text.appendAtOnce('\n[hunger]: West Berlin runs short of food\n');
    await expect(causeway.node('hunger')).toBeVisible();

    await editing.clickNode('airlift');
    await editing.field('Label').fill('The airlift begins');
    await editing.field('Label').press('Enter');
    await expect(text.field()).toHaveValue(/\[airlift\]: The airlift begins/);

    await editing.button('Undo').click();
    await expect(text.field()).toHaveValue(/\[airlift\]: Western allies start the airlift/);
    await editing.button('Undo').click();
    await expect(causeway.node('hunger')).toHaveCount(0);
    await expect(text.field()).not.toHaveValue(/hunger/);
  });

  test('a reload keeps the typed text, even a broken one', async ({ editing, page }) => {
    await editing.open();
    const text = new TextPanelPage(page);
    await text.toggle().click();
    await text.typeAtEnd('\n[half]: half typed _');
    await expect(text.problems().first()).toBeVisible();
    await page.reload();
    await text.toggle().click();
    await expect(text.field()).toHaveValue(/\[half\]: half typed _$/);
  });
});

test.describe('pasting an argument on the canvas', () => {
  test('an indented +/- list opens as a new, unsaved map and leaves the open one alone', async ({ editing, causeway, page }) => {
    await editing.open();
    await pasteOnCanvas(page, '- Schools should ban phones\n  + Phones distract pupils\n  - Parents want to reach their children\n');
    await expect(causeway.nodes()).toHaveCount(3);
    await expect(page.getByText('Pasted as a new map, not saved anywhere yet')).toBeVisible();
    await expect(causeway.node('schools-should-ban-phones')).toBeVisible();
    await expect(causeway.edge('parents-want-to-reach-their-children-refutes-schools-should-ban-phones')).toHaveCount(1);
    expect(editing.onDisk().nodes).toHaveLength(5);
  });

  test('broken Argdown says where, and the map on screen stays', async ({ editing, causeway, page }) => {
    await editing.open();
    await pasteOnCanvas(page, '[a]: an _italic run\n  +> [b]\n');
    await expect(page.getByRole('alert').getByText(/^line \d+, column \d+: Incomplete italic text range/)).toBeVisible();
    await expect(causeway.nodes()).toHaveCount(5);
    await expect(causeway.node('blockade')).toBeVisible();
  });
});
