// Status buttons and shortcuts on one or many nodes, and layout edits: a dragged node is pinned (one undo step), unpinned, auto layout, direction.
import { expect, test } from './fixtures/editingTest.ts';

test.describe('status', () => {
  test('status buttons change data-status and show the current one pressed', async ({ editing, causeway }) => {
    await editing.open();
    await expect(editing.button('Refuted')).toBeDisabled();
    await editing.clickNode('airlift-deters');
    await expect(editing.button('Unassessed')).toHaveAttribute('aria-pressed', 'true');
    await editing.button('Refuted').click();
    await expect(causeway.nodeLook('airlift-deters')).toHaveAttribute('data-status', 'refuted');
    await expect(editing.button('Refuted')).toHaveAttribute('aria-pressed', 'true');
    await expect(editing.button('Unassessed')).toHaveAttribute('aria-pressed', 'false');
    await expect(causeway.node('airlift-deters')).toHaveAccessibleName(/Refuted/);
    await editing.button('Undo').click();
    await expect(causeway.nodeLook('airlift-deters')).toHaveAttribute('data-status', 'unassessed');
    await editing.button('Redo').click();
    await expect(causeway.nodeLook('airlift-deters')).toHaveAttribute('data-status', 'refuted');
  });

  test('single keys set the status of several selected nodes at once', async ({ editing, causeway, page }) => {
    await editing.open();
    await editing.clickNode('blockade');
    await editing.clickNode('airlift-deters', ['Control']);
    await page.keyboard.press('c');
    await expect(causeway.nodeLook('blockade')).toHaveAttribute('data-status', 'contested');
    await expect(causeway.nodeLook('airlift-deters')).toHaveAttribute('data-status', 'contested');
    await expect(causeway.nodeLook('airlift')).toHaveAttribute('data-status', 'supported');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('u');
    for (const id of await causeway.nodeIds()) await expect(causeway.nodeLook(id)).toHaveAttribute('data-status', 'unassessed');
    await page.keyboard.press('Control+z');
    await expect(causeway.nodeLook('airlift')).toHaveAttribute('data-status', 'supported');
    await expect(causeway.nodeLook('blockade')).toHaveAttribute('data-status', 'contested');
    await page.keyboard.press('s');
    await expect(causeway.nodeLook('soviets-test-resolve')).toHaveAttribute('data-status', 'supported');
  });

  test('a shift-drag box selects the nodes inside it', async ({ editing, causeway, page }) => {
    await editing.open();
    const boxes = await causeway.nodeBoxes();
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no pane');
    const left = Math.max(pane.x + 2, Math.min(...boxes.map((b) => b.x)) - 20);
    const top = Math.max(pane.y + 2, Math.min(...boxes.map((b) => b.y)) - 20);
    const right = Math.min(pane.x + pane.width - 2, Math.max(...boxes.map((b) => b.x + b.width)) + 20);
    const bottom = Math.min(pane.y + pane.height - 2, Math.max(...boxes.map((b) => b.y + b.height)) + 20);
    await page.keyboard.down('Shift');
    // React Flow turns the pane to box selection when it next renders; a drag that starts sooner pans the map.
    await expect(page.locator('.react-flow__pane.selection')).toBeAttached();
    await editing.drag({ x: left, y: top }, { x: right, y: bottom });
    await page.keyboard.up('Shift');
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(5);
    await editing.button('Supported').click();
    for (const id of await causeway.nodeIds()) await expect(causeway.nodeLook(id)).toHaveAttribute('data-status', 'supported');
  });
});

test.describe('layout edits', () => {
  test('a dragged node is pinned in one undo step and can be unpinned', async ({ editing, causeway, page }) => {
    await editing.open();
    /** Where the node sits relative to one that never moves, so panning the view does not count. */
    const offset = async () => {
      const moved = await causeway.node('airlift-deters').boundingBox();
      const still = await causeway.node('blockade').boundingBox();
      return { x: (moved?.x ?? 0) - (still?.x ?? 0), y: (moved?.y ?? 0) - (still?.y ?? 0) };
    };
    const before = await offset();
    await editing.dragNodeBy('airlift-deters', 160, 40);
    expect((await offset()).x - before.x).toBeGreaterThan(100);
    await expect(causeway.node('airlift-deters').getByRole('button', { name: 'Unpin node' })).toBeVisible();
    await page.keyboard.press('Control+s');
    await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
    expect(editing.onDisk().nodes.find((claim) => claim.id === 'airlift-deters')?.position).toBeDefined();
    await editing.button('Undo').click();
    await expect(causeway.node('airlift-deters').getByRole('button', { name: 'Unpin node' })).toHaveCount(0);
    await expect.poll(async () => Math.abs((await offset()).x - before.x)).toBeLessThan(2);
    await editing.button('Redo').click();
    expect((await offset()).x - before.x).toBeGreaterThan(100);
    await causeway.node('airlift-deters').getByRole('button', { name: 'Unpin node' }).click();
    await expect(causeway.node('airlift-deters').getByRole('button', { name: 'Unpin node' })).toHaveCount(0);
    await expect.poll(async () => Math.abs((await offset()).x - before.x)).toBeLessThan(2);
    await editing.dragNodeBy('airlift-deters', 160, 0);
    await editing.button('Undo').click();
    await editing.button('Auto layout').click();
    await expect.poll(async () => Math.abs((await offset()).x - before.x)).toBeLessThan(2);
  });

  test('while a node is dragged, it and its links are drawn above the other nodes on layers of their own, and back in the map once dropped', async ({ editing, causeway, page }) => {
    await editing.open();
    /** The wrapper React Flow draws a link in: its place among the nodes and whether it is a layer of its own. */
    const linkLayer = (id: string) =>
      causeway.edge(id).evaluate((el) => {
        const style = getComputedStyle(el.parentElement as Element);
        return { z: style.zIndex, willChange: style.willChange };
      });
    const nodeLayer = () =>
      causeway.node('airlift').evaluate((el) => {
        const style = getComputedStyle(el);
        return { z: style.zIndex, willChange: style.willChange };
      });
    const links = ['blockade-causes-airlift', 'soviets-test-resolve-motivates-airlift', 'airlift-supports-airlift-deters'];
    const other = 'archives-show-caution-refutes-soviets-test-resolve';
    const box = await causeway.node('airlift').boundingBox();
    if (!box) throw new Error('node airlift is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + 8);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(box.x + box.width / 2 + i * 10, box.y + 8 + i * 4);

    await expect(causeway.node('airlift')).toHaveClass(/dragged-claim/);
    expect(await nodeLayer()).toEqual({ z: '1000', willChange: 'transform' });
    for (const id of links) await expect.poll(() => linkLayer(id), { message: id }).toEqual({ z: '1000', willChange: 'transform' });
    expect(await linkLayer(other)).toEqual({ z: '0', willChange: 'auto' });

    await page.mouse.up();
    await expect(causeway.node('airlift')).not.toHaveClass(/dragged-claim/);
    expect((await nodeLayer()).willChange).toBe('auto');
    for (const id of [...links, other]) await expect.poll(() => linkLayer(id), { message: id }).toEqual({ z: '0', willChange: 'auto' });
    await expect(causeway.node('airlift').getByRole('button', { name: 'Unpin node' })).toBeVisible();
  });

  test('arrow keys move the selected node and pin it, each press one step', async ({ editing, causeway, page }) => {
    await editing.open();
    const x = async () => ((await causeway.node('airlift-deters').boundingBox())?.x ?? 0) - ((await causeway.node('blockade').boundingBox())?.x ?? 0);
    const before = await x();
    await causeway.node('airlift-deters').focus();
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(causeway.node('airlift-deters').getByRole('button', { name: 'Unpin node' })).toBeVisible();
    await expect.poll(x).toBeGreaterThan(before + 5);
    await editing.button('Undo').click();
    await editing.button('Undo').click();
    await expect(causeway.node('airlift-deters').getByRole('button', { name: 'Unpin node' })).toHaveCount(0);
    await expect.poll(async () => Math.abs((await x()) - before)).toBeLessThan(2);
  });

  test('the direction toggle re-lays the map, is saved in the file and undoes', async ({ editing, causeway }) => {
    await editing.open();
    await causeway.toggleDirection();
    await expect(causeway.directionToggle()).toHaveText('Layout top to bottom');
    await editing.button('Save').click();
    await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
    expect(editing.onDisk().layout).toEqual({ direction: 'LR' });
    await editing.button('Undo').click();
    await expect(causeway.directionToggle()).toHaveText('Layout left to right');
  });
});
