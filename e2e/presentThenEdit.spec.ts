// After a presentation the map is editable again (drag, link, arrow keys), and the presentation's panels never scroll the page.
import { expect, test } from './fixtures/editingTest.ts';
import { TeachingPage } from './support/TeachingPage.ts';

test('after presenting and leaving, a node drags (one undo step), a handle drag makes a link and arrow keys move a node', async ({ editing, causeway, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await editing.open();
  const teaching = new TeachingPage(causeway);
  await teaching.present();
  await page.keyboard.press('End');
  await page.keyboard.press('Escape');
  await expect(teaching.presentation()).toBeHidden();
  await expect(editing.button('Undo')).toBeDisabled();

  /** Where a node sits relative to one that never moves, so panning the view does not count. */
  const offset = async (id: string) => {
    const moved = await causeway.node(id).boundingBox();
    const still = await causeway.node('blockade').boundingBox();
    return { x: (moved?.x ?? 0) - (still?.x ?? 0), y: (moved?.y ?? 0) - (still?.y ?? 0) };
  };
  const before = await offset('airlift-deters');
  await editing.dragNodeBy('airlift-deters', 160, 40);
  await expect.poll(async () => (await offset('airlift-deters')).x - before.x).toBeGreaterThan(100);
  await expect(editing.button('Undo')).toBeEnabled();

  await editing.connectByDrag('blockade', 'airlift-deters');
  await expect(causeway.edge('blockade-causes-airlift-deters')).toHaveCount(1);

  const keyed = await offset('archives-show-caution');
  await causeway.node('archives-show-caution').focus();
  await page.keyboard.press(' ');
  await expect(causeway.node('archives-show-caution')).toHaveClass(/selected/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await offset('archives-show-caution')).x - keyed.x).toBeGreaterThan(5);
});

test('the story editor scrolls inside its panel and the page itself never scrolls', async ({ causeway, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await causeway.goto();
  const teaching = new TeachingPage(causeway);
  await teaching.present();
  await page.keyboard.press('End');
  await teaching.button('Edit story').click();
  await expect(teaching.storyEditor()).toBeVisible();
  const current = teaching.storyEditor().locator('[aria-current="step"]');
  await expect(current).toBeInViewport();
  const scroll = () => page.evaluate(() => ({ x: window.scrollX, y: window.scrollY, top: document.scrollingElement?.scrollTop ?? 0, body: document.body.scrollTop }));
  expect(await scroll()).toEqual({ x: 0, y: 0, top: 0, body: 0 });
  // The panel is what scrolled to show the last step.
  expect(await teaching.storyEditor().evaluate((panel) => panel.scrollTop)).toBeGreaterThan(0);
  // Nothing between the page and the panel scrolled either: every ancestor of the panel sits at 0.
  const ancestorsScrolled = await teaching.storyEditor().evaluate((panel) => {
    const moved: string[] = [];
    for (let el = panel.parentElement; el; el = el.parentElement) if (el.scrollTop !== 0 || el.scrollLeft !== 0) moved.push(el.className || el.tagName);
    return moved;
  });
  expect(ancestorsScrolled).toEqual([]);
  // The page has nothing to scroll, and the panel reaches the bottom of the window: no band below it.
  expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(0);
  const box = await teaching.storyEditor().boundingBox();
  expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBeLessThanOrEqual(720);
  await page.keyboard.press('Escape');
  await expect(teaching.storyEditor()).toBeHidden();
  expect(await scroll()).toEqual({ x: 0, y: 0, top: 0, body: 0 });
});
