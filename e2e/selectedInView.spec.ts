// A selected node stays in view beside whatever panel opens: the inspector beside the canvas, the practice panel over it.
import { type Locator } from '@playwright/test';
import { expect, test } from './fixtures/editingTest.ts';
import { readServedMap, SEED_MAP } from './fixtures/servedMaps.ts';
import type { CausewayPage } from './support/CausewayPage.ts';

const seed = readServedMap(SEED_MAP);

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const intersects = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** What is wrong with where the node is drawn: under one of the panels, or not wholly inside the canvas ('' when neither). */
async function hidden(causeway: CausewayPage, id: string, panels: Locator[]): Promise<string> {
  const node = await causeway.node(id).boundingBox();
  const canvas = await causeway.page.locator('.react-flow').boundingBox();
  if (!node || !canvas) return 'not drawn';
  for (const panel of panels) {
    const box = await panel.boundingBox();
    if (box && intersects(node, box)) return `under ${await panel.getAttribute('aria-label')}`;
  }
  const within = node.x >= canvas.x && node.y >= canvas.y && node.x + node.width <= canvas.x + canvas.width && node.y + node.height <= canvas.y + canvas.height;
  return within ? '' : 'outside the canvas';
}

for (const width of [1440, 1024]) {
  test(`at ${width} px the node selected stays in view beside the inspector and the practice panel`, async ({ editing, causeway, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width, height: 800 });
    await editing.open(seed);
    const inspector = editing.inspector();

    // The node furthest right: the inspector opening beside the canvas would cover it.
    const boxes = await causeway.nodeBoxes();
    const right = boxes.reduce((a, b) => (b.x + b.width > a.x + a.width ? b : a)).id;
    await editing.clickNode(right);
    await expect(inspector).toBeVisible();
    await expect.poll(() => hidden(causeway, right, [inspector])).toBe('');

    await page.keyboard.press('Escape');
    await expect(inspector).toBeHidden();
    await causeway.button('Practice').click();
    const practice = page.getByRole('region', { name: 'Practice' });
    await expect(practice).toBeVisible();
    // A node the practice panel lies over, selected from the keyboard as a student marking it would.
    const panel = (await practice.boundingBox()) as Rect;
    const covered = (await causeway.nodeBoxes()).find((box) => intersects(box, panel));
    expect(covered, 'the practice panel covers a node before one is selected').toBeDefined();
    const id = covered?.id ?? '';
    await causeway.selectNode(id);
    await expect(inspector).toBeVisible();
    await expect.poll(() => hidden(causeway, id, [practice, inspector])).toBe('');
    // Marking it keeps it where it is, clear of both.
    await page.keyboard.press('r');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => hidden(causeway, id, [practice, inspector])).toBe('');
  });
}
