// Presenting the seed map: every step by keyboard, centred, later steps hidden; the deep link; the step PDF.
import { unzipSync } from 'fflate';
import { stepOrder } from '../src/model/stepOrder.ts';
import { expect, test } from './fixtures/teachingTest.ts';
import { readServedMap, SEED_MAP } from './fixtures/servedMaps.ts';

const seed = readServedMap(SEED_MAP);
const order = stepOrder(seed, seed.story);
const N = order.length;

test('on narrow windows the presentation bar and the what-if banner stay inside the canvas, every control in reach', async ({ causeway, teaching, page }) => {
  const inside = async (selector: string) =>
    page.evaluate((sel) => {
      const bar = (document.querySelector(sel) as Element).getBoundingClientRect();
      const canvas = (document.querySelector('.react-flow') as Element).getBoundingClientRect();
      const controls = [...document.querySelectorAll(`${sel} button`)].map((b) => b.getBoundingClientRect());
      return bar.left >= canvas.left && bar.right <= canvas.right && controls.every((c) => c.left >= 0 && c.right <= innerWidth && c.width > 0);
    }, selector);
  for (const width of [1024, 800]) {
    await page.setViewportSize({ width, height: 800 });
    await causeway.goto();
    await teaching.present();
    await expect(teaching.counter()).toHaveText(`1 / ${N}`);
    expect(await inside('.present-bar'), `presentation bar at ${width} px`).toBe(true);
    await page.keyboard.press('Escape');
    await causeway.button('What if…').click();
    await expect(page.getByRole('region', { name: 'What-if view' })).toBeVisible();
    expect(await inside('.evaluation-banner'), `what-if banner at ${width} px`).toBe(true);
  }
});

test('presents every step by keyboard: counter, the step centred, later steps hidden; Home/End; Esc leaves', async ({ causeway, teaching, page }) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await causeway.goto();
  await teaching.present();
  await expect(causeway.title()).toBeHidden();
  // The overview would show the claims the steps have not reached yet.
  await expect(page.getByRole('img', { name: 'Overview of the whole map' })).toBeHidden();
  for (let step = 1; step <= N; step++) {
    const id = order[step - 1] as string;
    await expect(teaching.counter()).toHaveText(`${step} / ${N}`);
    await expect(teaching.currentNode()).toHaveAttribute('data-id', id);
    await teaching.expectCentred(id);
    expect((await teaching.visibleNodeIds()).sort()).toEqual(order.slice(0, step).sort());
    const label = seed.nodes.find((c) => c.id === id)?.label ?? '';
    await expect(teaching.stepPanel().getByRole('heading', { level: 2 })).toHaveText(label);
    await expect(page).toHaveURL(new RegExp(`[?&]step=${step}(&|$)`));
    await page.keyboard.press(step % 2 === 0 ? 'Space' : 'ArrowRight');
  }
  await expect(teaching.counter()).toHaveText(`${N} / ${N}`);
  expect(await teaching.visibleEdgeIds()).toHaveLength(seed.edges.length);
  // The map's editing shortcuts do nothing while presenting.
  for (const key of ['n', 'Control+a', 'Delete', 'r']) await page.keyboard.press(key);
  await expect(causeway.nodes()).toHaveCount(N);
  await page.keyboard.press('Home');
  await expect(teaching.counter()).toHaveText(`1 / ${N}`);
  await page.keyboard.press('ArrowLeft');
  await expect(teaching.counter()).toHaveText(`1 / ${N}`);
  await page.keyboard.press('End');
  await expect(teaching.counter()).toHaveText(`${N} / ${N}`);
  await page.keyboard.press('ArrowLeft');
  await expect(teaching.counter()).toHaveText(`${N - 1} / ${N}`);
  await page.keyboard.press('Escape');
  await expect(teaching.presentation()).toBeHidden();
  await expect(causeway.title()).toBeVisible();
  expect(await causeway.nodeIds()).toHaveLength(seed.nodes.length);
  // The view no longer sits zoomed in on the last step: the whole map is in the window again.
  await expect.poll(() => causeway.nodesOutsideCanvas()).toEqual([]);
  await expect(page).not.toHaveURL(/[?&]step=/);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});

test('leaving right after a step shows the whole map, not the step just asked for', async ({ causeway, teaching, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await causeway.goto();
  await teaching.present();
  await page.keyboard.press('End');
  await page.keyboard.press('Escape');
  await expect(teaching.presentation()).toBeHidden();
  await expect.poll(() => causeway.nodesOutsideCanvas()).toEqual([]);
  // And it stays so once the canvas has settled at its new size.
  await page.waitForTimeout(1600);
  expect(await causeway.nodesOutsideCanvas()).toEqual([]);
});

test('the step moves smoothly to the next claim and ends centred on it', async ({ causeway, teaching, page }) => {
  await causeway.goto();
  await teaching.present();
  await teaching.button('Next').click();
  const id = order[1] as string;
  await teaching.expectCentred(id);
  const flow = page.locator('.react-flow');
  const node = await causeway.node(id).boundingBox();
  const frame = await flow.boundingBox();
  expect(node && frame && node.width * 2 < frame.width).toBe(true);
});

test('a deep link opens the presentation at step 3, and the address follows the step', async ({ causeway, teaching, page }) => {
  await page.goto(`/?map=${SEED_MAP}&step=3`);
  await causeway.settled();
  await expect(teaching.counter()).toHaveText(`3 / ${N}`);
  await expect(teaching.currentNode()).toHaveAttribute('data-id', order[2] as string);
  await teaching.expectCentred(order[2] as string);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`map=${SEED_MAP}.*step=4`));
  await page.reload();
  await causeway.settled();
  await expect(teaching.counter()).toHaveText(`4 / ${N}`);
});

test('the step panel shows the claim’s status, sources with quotes and its flags with the Why?', async ({ causeway, teaching, page }) => {
  const step = order.indexOf('nsc68-buildup') + 1;
  expect(step).toBeGreaterThan(1);
  await page.goto(`/?map=${SEED_MAP}&step=${step}`);
  await causeway.settled();
  await expect(teaching.counter()).toHaveText(`${step} / ${N}`);
  const panel = teaching.stepPanel();
  const claim = seed.nodes.find((c) => c.id === 'nsc68-buildup');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(claim?.label ?? '');
  await expect(panel.getByText(claim?.status === 'supported' ? 'Supported' : 'Refuted', { exact: true })).toBeVisible();
  await expect(panel.locator('blockquote').first()).toContainText(claim?.sources[0]?.quote.slice(0, 40) ?? 'no quote');
  // Staged reveal: the assumptions behind the buildup come after it, so its flag waits for their marks.
  await expect(panel.getByText('Miscalculation (rests on a refuted assumption)')).toHaveCount(0);
  // A consequence of the buildup, presented after the archives have refuted those assumptions, shows the flag and its Why?.
  const later = order.indexOf('nato-integrated-force') + 1;
  await page.goto(`/?map=${SEED_MAP}&step=${later}`);
  await causeway.settled();
  await expect(teaching.counter()).toHaveText(`${later} / ${N}`);
  await expect(panel.getByText('Miscalculation (rests on a refuted assumption)')).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: /^rests on: .*\(refuted\) → motivates → / }).first()).toBeVisible();
});

test('exports the steps as one 16:9 PDF with a page per step between two whole-map pages, and as a zip with a PNG per page', async ({ causeway, teaching }) => {
  test.setTimeout(240_000);
  await causeway.goto();
  await teaching.present();
  const pdf = await teaching.downloadSteps('PDF, a page per step');
  expect(pdf.name).toBe(`${SEED_MAP}-steps.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = pdf.bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
  expect(pages).toHaveLength(N + 2);
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.bytes.toString('latin1'));
  expect(Number(box?.[1]) / Number(box?.[2])).toBeCloseTo(16 / 9, 2);

  const zip = await teaching.downloadSteps('PNG per step (zip)');
  expect(zip.name).toBe(`${SEED_MAP}-steps.zip`);
  const entries = unzipSync(new Uint8Array(zip.bytes));
  expect(Object.keys(entries)).toHaveLength(N + 2);
  const first = entries[`${SEED_MAP}-steps-01.png`];
  expect(first && Buffer.from(first).readUInt32BE(16)).toBe(1600);
});
