// Editing nodes in the browser: add, rename in place, inspector fields and sources, delete, duplicate — by mouse and by keyboard, each undone and redone.
import { expect, test } from './fixtures/editingTest.ts';

test.describe('editing nodes', () => {
  test('adds a node from the toolbar, names it in place, and undoes and redoes it', async ({ editing, causeway }) => {
    await editing.open();
    await expect(editing.button('Undo')).toBeDisabled();
    const id = await editing.addNodeNamed('Stalin approves the plan');
    // Its id comes from the name it was given, not from "New node".
    expect(id).toBe('stalin-approves-the-plan');
    await expect(causeway.node(id)).toContainText('Stalin approves the plan');
    await expect(editing.dirtyIndicator()).toHaveText(/Unsaved changes/);
    await editing.button('Undo').click();
    await expect(causeway.node('new-node')).toContainText('New node');
    await editing.button('Undo').click();
    await expect(causeway.node('new-node')).toHaveCount(0);
    await expect(editing.button('Undo')).toBeDisabled();
    await editing.button('Redo').click();
    await editing.button('Redo').click();
    await expect(causeway.node(id)).toContainText('Stalin approves the plan');
    await expect(editing.button('Redo')).toBeDisabled();
  });

  test('adds a node where the empty canvas is double-clicked, without moving the others', async ({ editing, causeway, page }) => {
    await editing.open();
    const before = await causeway.nodeBoxes();
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no pane');
    const at = { x: pane.x + 60, y: pane.y + pane.height - 80 };
    await page.mouse.dblclick(at.x, at.y);
    await expect(editing.labelEditor()).toBeFocused();
    await page.keyboard.type('Added here');
    await page.keyboard.press('Enter');
    const box = await causeway.node('added-here').boundingBox();
    expect(box).not.toBeNull();
    expect(Math.abs((box?.x ?? 0) + (box?.width ?? 0) / 2 - at.x)).toBeLessThan(40);
    // Measured from one of them, so a pan that keeps the new node in view does not count as moving the others.
    const after = await causeway.nodeBoxes();
    const origin = (boxes: typeof before) => boxes.find((b) => b.id === before[0]?.id) ?? { x: 0, y: 0 };
    const from = (boxes: typeof before, b: (typeof before)[number]) => ({ id: b.id, x: Math.round(b.x - origin(boxes).x), y: Math.round(b.y - origin(boxes).y), width: Math.round(b.width), height: Math.round(b.height) });
    for (const old of before) expect(from(after, after.find((b) => b.id === old.id) ?? old)).toEqual(from(before, old));
    // Escape while naming a node just made takes it back: a double-click by mistake leaves nothing behind.
    await page.mouse.dblclick(at.x + 300, at.y);
    await expect(editing.labelEditor()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(causeway.nodes()).toHaveCount(before.length + 1);
  });

  test('adds and renames nodes with the keyboard alone; Escape cancels a rename', async ({ editing, causeway, page }) => {
    await editing.open();
    await page.locator('body').focus();
    await page.keyboard.press('n');
    await expect(editing.labelEditor()).toBeFocused();
    await page.keyboard.type('Typed node');
    await page.keyboard.press('Enter');
    await expect(causeway.node('typed-node')).toContainText('Typed node');
    await causeway.node('typed-node').focus();
    await page.keyboard.press('Enter');
    await expect(editing.labelEditor()).toBeFocused();
    await page.keyboard.type('Thrown away');
    await page.keyboard.press('Escape');
    await expect(causeway.node('typed-node')).toContainText('Typed node');
    // A node not yet selected: the first Enter selects it, the second renames it.
    await causeway.node('blockade').focus();
    await page.keyboard.press('Enter');
    await expect(editing.labelEditor()).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(editing.labelEditor()).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Blockade of Berlin');
    await page.keyboard.press('Enter');
    await expect(causeway.node('blockade')).toContainText('Blockade of Berlin');
    await page.keyboard.press('Control+Z');
    await expect(causeway.node('blockade')).toContainText('Berlin blockade begins');
    await page.keyboard.press('Control+Shift+Z');
    await expect(causeway.node('blockade')).toContainText('Blockade of Berlin');
  });

  test('a node added while zoomed in on a full row lands near the middle of the view, in view, ready to be named', async ({ editing, causeway, page }) => {
    await causeway.goto();
    // A search hit is centred at a reading zoom: here the middle of the row below the buildup.
    await page.keyboard.press('Control+f');
    await page.keyboard.type('nuclear strategy');
    await page.keyboard.press('Enter');
    await expect(causeway.node('nato-nuclear-strategy')).toHaveClass(/selected/);
    for (let i = 0; i < 2; i++) await causeway.button('Zoom in').click();
    await page.locator('body').focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
    await page.keyboard.press('n');
    await expect(editing.labelEditor()).toBeFocused();
    await expect.poll(() => causeway.nodesOutsideCanvas().then((ids) => ids.includes('new-node'))).toBe(false);
    const boxes = await causeway.nodeBoxes();
    const added = boxes.find((b) => b.id === 'new-node');
    const overlapping = boxes.filter((b) => added && b !== added && added.x < b.x + b.width && b.x < added.x + added.width && added.y < b.y + b.height && b.y < added.y + added.height);
    expect(overlapping.map((b) => b.id)).toEqual([]);
  });

  test('renames a node on double-click', async ({ editing, causeway }) => {
    await editing.open();
    await causeway.node('airlift').dblclick();
    await expect(editing.labelEditor()).toBeFocused();
    await editing.labelEditor().fill('The airlift starts');
    await editing.labelEditor().press('Enter');
    await expect(causeway.node('airlift')).toContainText('The airlift starts');
  });

  test('the inspector shows its form at once: its code, left out of the first download, was fetched while the page was idle', async ({ editing, causeway, page }) => {
    await editing.open();
    const formCode = () => performance.getEntriesByType('resource').find((entry) => /\/ClaimInspector-[^/]*\.js$/.test(entry.name))?.name ?? null;
    await expect.poll(() => page.evaluate(formCode)).not.toBeNull();
    const url = (await page.evaluate(formCode)) ?? '';
    // Importing it again resolves once the module has run, and the app's own import of it has then resolved too.
    await page.evaluate(async (code) => void (await import(/* @vite-ignore */ code)), url);
    await page.evaluate(() => {
      const page = window as unknown as { inspectorWithoutForm: boolean };
      page.inspectorWithoutForm = false;
      new MutationObserver(() => {
        const aside = document.querySelector('.inspector');
        if (aside && !aside.querySelector('form')) page.inspectorWithoutForm = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await causeway.selectNode('airlift-deters');
    await expect(editing.field('Label')).toHaveValue('The airlift deterred escalation');
    expect(await page.evaluate(() => (window as unknown as { inspectorWithoutForm: boolean }).inspectorWithoutForm)).toBe(false);
  });

  test('edits every field and the sources in the inspector', async ({ editing, causeway, page }) => {
    await editing.open();
    await editing.clickNode('airlift-deters');
    await expect(editing.field('Label')).toHaveValue('The airlift deterred escalation');
    await editing.field('Text').fill('A longer explanation.');
    await editing.field('Kind').selectOption('evidence');
    await expect(causeway.nodeLook('airlift-deters')).toHaveAttribute('data-kind', 'evidence');
    await editing.field('Status').selectOption('contested');
    await expect(causeway.nodeLook('airlift-deters')).toHaveAttribute('data-status', 'contested');
    // "June 1948" is a date now (historians' forms are read); a month that does not exist is not.
    await editing.field('Date').fill('Juno 1948');
    await editing.field('Date').press('Enter');
    await expect(editing.refusal()).toContainText('The date must be a date like 1950');
    await editing.field('Date').fill('1948-06');
    await editing.field('Date').press('Enter');
    await editing.button('Add source').click();
    await editing.field('Citation 1').fill('Wells 2009, p. 4');
    await editing.field('Citation 1').press('Tab');
    await editing.field('Quote 1').fill('the airlift held');
    await editing.field('Quote 1').press('Tab');
    await editing.button('Add source').click();
    await expect(editing.field('Citation 2')).toBeVisible();
    await editing.button('Remove source 2').click();
    await expect(editing.field('Citation 2')).toHaveCount(0);
    await editing.field('Label').fill('The airlift deterred war');
    await editing.field('Label').press('Enter');
    await expect(causeway.node('airlift-deters')).toContainText('The airlift deterred war');
    await page.keyboard.press('Control+S');
    await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
    const saved = editing.onDisk().nodes.find((claim) => claim.id === 'airlift-deters');
    expect(saved).toEqual({
      id: 'airlift-deters',
      kind: 'evidence',
      label: 'The airlift deterred war',
      text: 'A longer explanation.',
      status: 'contested',
      date: '1948-06',
      sources: [{ citation: 'Wells 2009, p. 4', quote: 'the airlift held' }],
    });
  });

  test('refuses a label or link label with nothing visible in it, says why and keeps the old one', async ({ editing, causeway }) => {
    await editing.open();
    await editing.clickNode('airlift-deters');
    for (const blank of ['\u200B', '\u00A0\u3000\t', '\uFEFF\u2060\u200B']) {
      await editing.field('Label').fill(blank);
      await editing.field('Label').press('Enter');
      await expect(editing.refusal()).toContainText(/The label must (contain a visible character|not be empty)\./);
      await expect(causeway.node('airlift-deters')).toHaveAccessibleName(/^The airlift deterred escalation/);
      await expect(causeway.node('airlift-deters').locator('.claim-node__line')).toHaveText(['The airlift deterred escalation']);
      await editing.button('Dismiss').click();
    }
    await expect(editing.dirtyIndicator()).toHaveText('All changes saved');

    await editing.clickEdge('airlift-supports-airlift-deters');
    await editing.field('Link label').fill('\u200B\u2060');
    await editing.field('Link label').press('Enter');
    await expect(editing.refusal()).toContainText('The label must contain a visible character.');
    await expect(causeway.edge('airlift-supports-airlift-deters')).toContainText('if it held');
    await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
  });

  test('deletes nodes with their links by key, toolbar and inspector, and undoes it', async ({ editing, causeway, page }) => {
    await editing.open();
    await editing.clickNode('airlift');
    await page.keyboard.press('Delete');
    await expect(causeway.node('airlift')).toHaveCount(0);
    await expect(causeway.edges()).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(causeway.node('airlift')).toHaveCount(1);
    await expect(causeway.edges()).toHaveCount(4);
    await editing.clickNode('blockade');
    await editing.button('Delete').click();
    await expect(causeway.node('blockade')).toHaveCount(0);
    await editing.clickNode('airlift-deters');
    await editing.inspector().getByRole('button', { name: 'Delete node' }).click();
    await expect(causeway.node('airlift-deters')).toHaveCount(0);
    await editing.clickNode('archives-show-caution');
    await page.keyboard.press('Backspace');
    await expect(causeway.nodes()).toHaveCount(2);
    for (let i = 0; i < 3; i++) await editing.button('Undo').click();
    await expect(causeway.nodes()).toHaveCount(5);
    await expect(causeway.edges()).toHaveCount(4);
  });

  test('duplicates the selection by toolbar and by Ctrl+D', async ({ editing, causeway, page }) => {
    await editing.open();
    await editing.clickNode('blockade');
    await editing.button('Duplicate').click();
    await expect(causeway.node('berlin-blockade-begins')).toContainText('Berlin blockade begins');
    await page.keyboard.press('Control+d');
    await expect(causeway.nodes()).toHaveCount(7);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(causeway.nodes()).toHaveCount(5);
  });

  test('Ctrl-click and Cmd-click add to the selection, and the copies of three nodes land beside them, on top of nothing', async ({ editing, causeway, page }) => {
    await editing.open();
    await editing.clickNode('blockade');
    await causeway.node('airlift').click({ modifiers: ['Control'] });
    await causeway.node('airlift-deters').click({ modifiers: ['Meta'] });
    for (const id of ['blockade', 'airlift', 'airlift-deters']) await expect(causeway.node(id)).toHaveClass(/selected/);
    await page.keyboard.press('Control+d');
    await expect(causeway.nodes()).toHaveCount(8);
    const boxes = await causeway.nodeBoxes();
    const overlapping = boxes.flatMap((a, i) =>
      boxes.slice(i + 1).filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).map((b) => `${a.id}/${b.id}`),
    );
    expect(overlapping).toEqual([]);
  });
});
