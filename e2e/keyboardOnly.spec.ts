// The whole job from the keyboard alone, with the focus always visible: open, move, rename, link, refute, undo, save, export.
import type { Page } from '@playwright/test';
import { smallMap } from './fixtures/fixtureMaps.ts';
import { expect, test } from './fixtures/editingTest.ts';

test.describe.configure({ timeout: 120_000 });

/** What has the focus, and whether a person can see it: an outline of at least 2 px, or a link's glow. */
async function focused(page: Page): Promise<{ name: string; visible: boolean; tag: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '', visible: false, tag: 'body' };
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const path = el.querySelector('.react-flow__edge-path');
    const glowing = path !== null && getComputedStyle(path).filter !== 'none';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
    return { name, visible: el.matches(':focus-visible') && (outlined || glowing), tag: el.tagName.toLowerCase() };
  });
}

/** Presses Tab (or Shift+Tab) until the focus is on an element whose name matches; every stop on the way must show its focus. */
async function tabTo(page: Page, name: RegExp, { back = false, limit = 120 } = {}): Promise<void> {
  if (name.test((await focused(page)).name)) return;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    // Past the last control the focus leaves the page for the browser's own controls, then comes back at the top.
    if (now.tag === 'body') continue;
    expect(now.visible, `focus visible on <${now.tag}> "${now.name}"`).toBe(true);
    if (name.test(now.name)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('opens a map, moves between nodes, renames, links, refutes, undoes, saves and exports a PNG without a mouse', async ({ editing, causeway, page }) => {
  await editing.writeOnDisk(smallMap);
  await causeway.goto();
  await page.locator('body').focus();

  // Open the test's map through the picker.
  await tabTo(page, /^Choose map/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Maps in maps/' }).getByRole('link', { name: new RegExp(`${editing.mapName}\\.json`) })).toBeVisible();
  // The picker puts the focus on its first map.
  await expect(page.locator('.map-picker__link').first()).toBeFocused();
  await tabTo(page, new RegExp(`${editing.mapName}\\.json`));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`map=${editing.mapName}`));
  await expect(causeway.nodes()).toHaveCount(5);

  // Move between nodes: Tab reaches the first node, then the next.
  await tabTo(page, /^Berlin blockade begins —/);
  await page.keyboard.press('Tab');
  expect((await focused(page)).visible).toBe(true);
  await tabTo(page, /^Berlin blockade begins —/, { back: true });

  // Rename it in place.
  await page.keyboard.press(' ');
  await expect(causeway.node('blockade')).toHaveClass(/selected/);
  await page.keyboard.press('Enter');
  await expect(editing.labelEditor()).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('The Soviet blockade of Berlin begins');
  await page.keyboard.press('Enter');
  await expect(causeway.node('blockade')).toContainText('The Soviet blockade of Berlin');
  await expect(causeway.node('blockade'), 'after renaming, the focus is back on the node').toBeFocused();

  // Link it to another node, found by name.
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Find node by name')).toBeFocused();
  await page.keyboard.type('deterred');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Relation', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByLabel('Relation', { exact: true })).toHaveValue('supports');
  await tabTo(page, /^Link$/);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(causeway.edge('blockade-supports-airlift-deters')).toHaveCount(1);

  // Mark a node refuted, then undo that.
  await tabTo(page, /^Moscow is testing Western resolve —/);
  await page.keyboard.press(' ');
  await page.keyboard.press('r');
  await expect(causeway.nodeLook('soviets-test-resolve')).toHaveAttribute('data-status', 'refuted');
  await page.keyboard.press('Control+Z');
  await expect(causeway.nodeLook('soviets-test-resolve')).toHaveAttribute('data-status', 'contested');
  await page.keyboard.press('Control+Y');
  await expect(causeway.nodeLook('soviets-test-resolve')).toHaveAttribute('data-status', 'refuted');

  // Save with Ctrl+S: the file on disk has every edit.
  await page.keyboard.press('Control+S');
  await expect(editing.dirtyIndicator()).toHaveText('All changes saved');
  expect((await focused(page)).name, 'the focus stays where it was after saving').toMatch(/^Moscow is testing Western resolve —/);
  const saved = editing.onDisk();
  expect(saved.nodes.find((c) => c.id === 'blockade')?.label).toBe('The Soviet blockade of Berlin begins');
  expect(saved.nodes.find((c) => c.id === 'soviets-test-resolve')?.status).toBe('refuted');
  expect(saved.edges.some((r) => r.id === 'blockade-supports-airlift-deters')).toBe(true);

  // Export a PNG from the Export menu.
  await tabTo(page, /^Export$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Export the map' })).toBeVisible();
  await tabTo(page, /^PNG 1×$/);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe(`${editing.mapName}.png`);

  // The shortcuts are one key away.
  await page.keyboard.press('Escape');
  await page.locator('body').focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('heading', { name: 'Editing' })).toBeVisible();
  await expect(help).toContainText('Link the selected node to another, chosen by name');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('Enter on a focused node selects it before it renames it, and Escape leaves the focus on the node', async ({ editing, causeway, page }) => {
  await editing.writeOnDisk(smallMap);
  await causeway.goto(editing.mapName);
  const node = causeway.node('blockade');
  await node.focus();

  // The first Enter only selects: the next key typed is a command, not the node's new label.
  await page.keyboard.press('Enter');
  await expect(node).toHaveClass(/selected/);
  await expect(editing.labelEditor()).toHaveCount(0);
  await page.keyboard.press('r');
  await expect(causeway.nodeLook('blockade')).toHaveAttribute('data-status', 'refuted');
  await expect(node, 'the label is untouched').toHaveAttribute('aria-label', /^Berlin blockade begins — Event, Refuted/);

  // The second opens the editor; Escape cancels and hands the focus back to the node.
  await page.keyboard.press('Enter');
  await expect(editing.labelEditor()).toBeFocused();
  await page.keyboard.type('Typed and then cancelled');
  await page.keyboard.press('Escape');
  await expect(editing.labelEditor()).toHaveCount(0);
  await expect(node).toBeFocused();
  await expect(node).not.toContainText('Typed and then cancelled');

  // Escape on the selected node clears the selection; the focus stays, so Tab goes on from here.
  await page.keyboard.press('Escape');
  await expect(node).not.toHaveClass(/selected/);
  // Escape again, on the node now unselected, leaves it unselected (React Flow would select it).
  await page.keyboard.press('Escape');
  await expect(node).not.toHaveClass(/selected/);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(node, 'still focused after the frame in which React Flow blurs it').toBeFocused();
});

test('Tab reaches the nodes before the links, and leaves the map past the last link; Shift+Tab walks it back', async ({ causeway, page }) => {
  await causeway.goto();
  const active = () => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? document.activeElement?.getAttribute('aria-label') ?? '');
  const nodeIds = await causeway.nodeIds();
  const edgeIds = await causeway.edgeIds();
  // From the last control before the map, one Tab lands on the first node, not on the first of the links.
  await causeway.button('Filters').focus();
  await page.keyboard.press('Tab');
  expect(await active()).toBe(nodeIds[0]);
  // Past the last node (and its Why?) come the links; Shift+Tab goes back to the nodes.
  await causeway.node(nodeIds.at(-1) as string).focus();
  await page.keyboard.press('Tab');
  expect(await active()).toBe(edgeIds[0]);
  await page.keyboard.press('Shift+Tab');
  expect(await active()).toBe(nodeIds.at(-1));
  // Past the last link, the map's own controls; Shift+Tab from them comes back to the last link.
  await causeway.edge(edgeIds.at(-1) as string).focus();
  await page.keyboard.press('Tab');
  expect(await active()).toBe('Zoom in');
  await page.keyboard.press('Shift+Tab');
  expect(await active()).toBe(edgeIds.at(-1));
  // Shift+Tab from the first node leaves the map for the control before it.
  await causeway.node(nodeIds[0] as string).focus();
  await page.keyboard.press('Shift+Tab');
  expect(await active()).toBe('');
  await expect(causeway.button('Filters')).toBeFocused();
});

test('reduced motion: nothing on the page animates or transitions', async ({ causeway, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await causeway.goto();
  await causeway.button('Present').click();
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .map((el) => getComputedStyle(el))
      .filter((s) => parseFloat(s.transitionDuration) > 0.001 || (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0.001)).length,
  );
  expect(moving).toBe(0);
});

test('dark mode: the frame turns dark while the map keeps its light paper', async ({ causeway, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await causeway.goto();
  const colours = await page.evaluate(() => ({
    header: getComputedStyle(document.querySelector('.app-header') as Element).backgroundColor,
    canvas: getComputedStyle(document.querySelector('.map-canvas') as Element).backgroundColor,
    title: getComputedStyle(document.querySelector('h1') as Element).color,
  }));
  const lightness = (rgb: string) => {
    const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
    return ((r ?? 0) + (g ?? 0) + (b ?? 0)) / 3;
  };
  expect(lightness(colours.header)).toBeLessThan(60);
  expect(lightness(colours.title)).toBeGreaterThan(200);
  expect(lightness(colours.canvas)).toBeGreaterThan(240);
});
