// Editing links in the browser: connect by dragging, Link to… by keyboard, refusals with reasons, relation and label, reconnect, delete; undo and redo.
import { expect, test } from './fixtures/editingTest.ts';

test.describe('editing links', () => {
  test('connects two nodes by dragging from a handle, as causes, and undoes it', async ({ editing, causeway }) => {
    await editing.open();
    await editing.connectByDrag('blockade', 'airlift-deters');
    await expect(causeway.edge('blockade-causes-airlift-deters')).toHaveCount(1);
    await expect(causeway.edgeLook('blockade-causes-airlift-deters')).toHaveAttribute('data-relation', 'causes');
    await editing.button('Undo').click();
    await expect(causeway.edge('blockade-causes-airlift-deters')).toHaveCount(0);
    await editing.button('Redo').click();
    await expect(causeway.edge('blockade-causes-airlift-deters')).toHaveCount(1);
  });

  test('refuses a duplicate link and a self-link with a visible reason', async ({ editing, causeway }) => {
    await editing.open();
    await editing.connectByDrag('blockade', 'airlift');
    await expect(editing.refusal()).toContainText('“Berlin blockade begins” already causes “Western allies start the airlift”.');
    await expect(causeway.edges()).toHaveCount(4);
    await editing.refusal().getByRole('button', { name: 'Dismiss' }).click();
    await expect(editing.refusal()).toHaveCount(0);
    await editing.clickNode('blockade');
    await editing.inspector().getByRole('button', { name: 'Link this node to…' }).click();
    const dialog = editing.page.getByRole('dialog', { name: /Link “Berlin blockade begins” to/ });
    await expect(dialog.getByRole('option', { name: 'Berlin blockade begins' })).toHaveCount(0);
    await dialog.getByLabel('Find node by name').fill('start the airlift');
    await dialog.getByRole('button', { name: 'Link' }).click();
    await expect(editing.refusal()).toContainText('already causes');
  });

  test('links to a node picked by name with the keyboard alone', async ({ editing, causeway, page }) => {
    await editing.open();
    await causeway.node('archives-show-caution').focus();
    await page.keyboard.press(' ');
    await page.keyboard.press('l');
    const dialog = page.getByRole('dialog', { name: /Link “Soviet archives show caution” to/ });
    await expect(dialog.getByLabel('Find node by name')).toBeFocused();
    await page.keyboard.type('deterred');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(causeway.edge('archives-show-caution-causes-airlift-deters')).toHaveCount(1);
    await causeway.node('blockade').focus();
    await page.keyboard.press(' ');
    await page.keyboard.press('l');
    await page.keyboard.type('soviet');
    const candidate = page.getByRole('dialog', { name: /Link “Berlin blockade begins” to/ }).getByRole('option', { name: 'Soviet archives show caution' });
    await expect(candidate).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Target node', { exact: true })).toHaveValue('archives-show-caution');
    await page.getByLabel('Relation', { exact: true }).selectOption('motivates');
    await page.getByRole('button', { name: 'Link', exact: true }).press('Enter');
    await expect(causeway.edge('blockade-motivates-archives-show-caution')).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(causeway.edge('blockade-motivates-archives-show-caution')).toHaveCount(0);
  });

  test('changes the relation on the edge and in the inspector, and edits its label', async ({ editing, causeway, page }) => {
    await editing.open();
    await editing.clickEdge('blockade-causes-airlift');
    const onEdge = page.getByRole('combobox', { name: 'Relation of this link' });
    await onEdge.selectOption('supports');
    // The link's id names its relation, whichever it is now.
    await expect(causeway.edgeLook('blockade-supports-airlift')).toHaveAttribute('data-relation', 'supports');
    await editing.field('Relation').selectOption('refutes');
    await expect(causeway.edgeLook('blockade-refutes-airlift')).toHaveAttribute('data-relation', 'refutes');
    await editing.field('Link label').fill('at first');
    await editing.field('Link label').press('Enter');
    await expect(causeway.edge('blockade-refutes-airlift')).toContainText('at first');
    await editing.field('Relation').selectOption('motivates');
    await expect(editing.refusal()).toHaveCount(0);
    await expect(causeway.edgeLook('blockade-motivates-airlift')).toHaveAttribute('data-relation', 'motivates');
    await expect(causeway.edge('blockade-motivates-airlift')).toHaveClass(/selected/);
    for (let i = 0; i < 3; i++) await editing.button('Undo').click();
    await expect(causeway.edgeLook('blockade-supports-airlift')).toHaveAttribute('data-relation', 'supports');
    await expect(causeway.edge('blockade-supports-airlift')).not.toContainText('at first');
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+y');
    await expect(causeway.edgeLook('blockade-refutes-airlift')).toHaveAttribute('data-relation', 'refutes');
    await expect(causeway.edges()).toHaveCount(4);
  });

  test('reconnects the target end by dragging it, and the source end from the inspector', async ({ editing, causeway, page }) => {
    await editing.open();
    await editing.clickEdge('blockade-causes-airlift');
    const anchor = causeway.edge('blockade-causes-airlift').locator('.react-flow__edgeupdater-target');
    await editing.drag(await editing.center(anchor), await editing.center(causeway.node('airlift-deters')));
    await expect.poll(() => editing.inspector().getByLabel('To', { exact: true }).inputValue()).toBe('airlift-deters');
    await editing.inspector().getByLabel('From', { exact: true }).selectOption('soviets-test-resolve');
    await expect(editing.inspector().getByLabel('From', { exact: true })).toHaveValue('soviets-test-resolve');
    await editing.inspector().getByLabel('From', { exact: true }).selectOption('airlift-deters');
    await expect(editing.refusal()).toContainText('A node cannot cause itself.');
    await page.keyboard.press('Escape');
    await editing.button('Undo').click();
    await editing.button('Undo').click();
    await editing.clickEdge('blockade-causes-airlift');
    await expect(editing.inspector().getByLabel('To', { exact: true })).toHaveValue('airlift');
  });

  test('deletes a link with the Delete key and from the inspector', async ({ editing, causeway, page }) => {
    await editing.open();
    await editing.clickEdge('blockade-causes-airlift');
    await page.keyboard.press('Delete');
    await expect(causeway.edge('blockade-causes-airlift')).toHaveCount(0);
    await editing.clickEdge('airlift-supports-airlift-deters');
    await editing.inspector().getByRole('button', { name: 'Delete link' }).click();
    await expect(causeway.edges()).toHaveCount(2);
    await expect(causeway.nodes()).toHaveCount(5);
    await editing.button('Undo').click();
    await editing.button('Undo').click();
    await expect(causeway.edges()).toHaveCount(4);
  });
});
