// The overview map in the canvas's corner shows the claims and the window, pans by drag and click, zooms by wheel; zoomed far out, claims are drawn as sketches.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/causewayTest.ts';

/** The canvas's viewport as React Flow applies it: translation and zoom. */
async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.locator('.react-flow__viewport').evaluate((el) => {
    const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });
}

/** How many of the overview's pixels are drawn in each claim kind's colour (the kinds' stroke colours of the theme). */
async function kindPixels(page: Page): Promise<number> {
  return page.getByRole('img', { name: 'Overview of the whole map' }).evaluate((el) => {
    const canvas = el as HTMLCanvasElement;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    const kinds = [
      [0x2f, 0x5f, 0xb3],
      [0x6d, 0x4f, 0xc2],
      [0xa1, 0x62, 0x07],
      [0x2f, 0x7a, 0x4f],
    ];
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (kinds.some(([r, g, b]) => Math.abs((data[i] ?? 0) - (r ?? 0)) < 40 && Math.abs((data[i + 1] ?? 0) - (g ?? 0)) < 40 && Math.abs((data[i + 2] ?? 0) - (b ?? 0)) < 40)) count++;
    }
    return count;
  });
}

test('the overview shows the claims, pans the map when dragged or clicked, and zooms it by wheel', async ({ causeway, page }) => {
  await causeway.goto();
  const overview = page.getByRole('img', { name: 'Overview of the whole map' });
  await expect(overview).toBeVisible();
  expect(await kindPixels(page)).toBeGreaterThan(20);

  const box = await overview.boundingBox();
  if (!box) throw new Error('the overview has no box');
  const before = await viewport(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 5, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 10, { steps: 5 });
  await page.mouse.up();
  const dragged = await viewport(page);
  // Dragging the window's frame right and down shows what lies right and below: the map moves left and up.
  expect(dragged.x).toBeLessThan(before.x - 20);
  expect(dragged.y).toBeLessThan(before.y - 5);
  expect(dragged.zoom).toBeCloseTo(before.zoom);

  await overview.click({ position: { x: 8, y: box.height / 2 } });
  await expect.poll(async () => (await viewport(page)).x).toBeGreaterThan(dragged.x + 20);

  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 300);
  await expect.poll(async () => (await viewport(page)).zoom).toBeLessThan(before.zoom * 0.9);
});

test('the overview follows a dragged claim', async ({ causeway, page }) => {
  await causeway.goto();
  const overview = page.getByRole('img', { name: 'Overview of the whole map' });
  const picture = () => overview.evaluate((el) => (el as HTMLCanvasElement).toDataURL());
  const before = await picture();
  const [first] = await causeway.nodeBoxes();
  if (!first) throw new Error('no claim drawn');
  await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2);
  await page.mouse.down();
  await page.mouse.move(first.x + first.width / 2 + 150, first.y + first.height / 2 + 80, { steps: 8 });
  await page.mouse.up();
  await expect.poll(picture).not.toBe(before);
});

test('zoomed far out, claims are drawn as sketches with the same names, and in full again when zoomed in', async ({ causeway, page }) => {
  await causeway.goto();
  const [id] = await causeway.nodeIds();
  if (!id) throw new Error('no claim drawn');
  const name = await causeway.node(id).getAttribute('aria-label');
  await expect(causeway.node(id).locator('.claim-node__label')).toBeVisible();

  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  while ((await viewport(page)).zoom >= 0.3) await zoomOut.click();
  await expect(causeway.node(id).locator('.claim-node__label')).toHaveCount(0);
  await expect(causeway.node(id).locator('.claim-node__outline rect')).not.toHaveCount(1);
  await expect(causeway.node(id)).toHaveAttribute('aria-label', name ?? '');
  await expect(causeway.nodeLook(id)).toHaveAttribute('data-status', /.+/);

  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  while ((await viewport(page)).zoom < 0.3) await zoomIn.click();
  await expect(causeway.node(id).locator('.claim-node__label')).toBeVisible();
});
