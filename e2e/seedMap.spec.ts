// The seed map on the canvas: every node and edge of the file, readable statuses, no overlaps, both directions.
import { lightTheme } from '../src/export/svg/theme.ts';
import { markerId } from '../src/export/svg/markers.ts';
import { routePath } from '../src/export/svg/routePath.ts';
import { layoutMap } from '../src/layout/layoutMap.ts';
import { expect, test } from './fixtures/causewayTest.ts';
import { readServedMap, SEED_MAP } from './fixtures/servedMaps.ts';
import { type CausewayPage, overlappingPairs } from './support/CausewayPage.ts';

const seed = readServedMap(SEED_MAP);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('opens the seed map with its title and source', async ({ causeway }) => {
  await causeway.goto();
  await expect(causeway.title()).toHaveText(seed.meta.title);
  await expect(causeway.page.getByText(seed.meta.source?.author ?? 'no author', { exact: false }).first()).toBeVisible();
  await expect(causeway.page).toHaveTitle(`${seed.meta.title} — Causeway`);
});

test('shows every node of the file with its kind and status, named by label and status word', async ({ causeway }) => {
  await causeway.goto();
  expect((await causeway.nodeIds()).sort()).toEqual(seed.nodes.map((c) => c.id).sort());
  for (const claim of seed.nodes) {
    const look = causeway.nodeLook(claim.id);
    await expect(look).toHaveCount(1);
    await expect(look).toHaveAttribute('data-kind', claim.kind);
    await expect(look).toHaveAttribute('data-status', claim.status);
    const word = lightTheme.statuses[claim.status].word;
    await expect(causeway.node(claim.id)).toHaveAccessibleName(new RegExp(`${escape(claim.label)}.*${word}`));
    await expect(look.getByText(word, { exact: true })).toBeVisible();
  }
});

test('shows every edge of the file with its relation, refutations red, dashed and with their own marker', async ({ causeway }) => {
  await causeway.goto();
  expect((await causeway.edgeIds()).sort()).toEqual(seed.edges.map((r) => r.id).sort());
  for (const relation of seed.edges) {
    await expect(causeway.edgeLook(relation.id)).toHaveAttribute('data-relation', relation.relation);
  }
  const refutation = seed.edges.find((r) => r.relation === 'refutes');
  const cause = seed.edges.find((r) => r.relation === 'causes');
  if (!refutation || !cause) throw new Error('the seed map should hold both a refutation and a cause');
  const stroke = (id: string) =>
    causeway.edge(id).locator('path.react-flow__edge-path').evaluate((path) => {
      const style = getComputedStyle(path);
      return { color: style.stroke, dash: style.strokeDasharray, marker: path.getAttribute('marker-end') };
    });
  const refutes = await stroke(refutation.id);
  expect(refutes.color).toBe('rgb(185, 28, 28)');
  expect(refutes.dash).not.toBe('none');
  expect(refutes.marker).toBe(`url(#${markerId('refutes')})`);
  const causes = await stroke(cause.id);
  expect(causes.dash).toBe('none');
  expect(causes.marker).toBe(`url(#${markerId('causes')})`);
  await expect(causeway.page.locator(`marker#${markerId('refutes')}`)).toHaveCount(1);
});

test('draws every link on the canvas: its pixels change when the links are hidden', async ({ causeway }) => {
  // Being in the page is not being drawn: with size containment on their svg, Chromium painted no link at all.
  await causeway.goto();
  const ids = seed.edges.map((r) => r.id);
  // Points along each link (in the window's pixels), where its stroke is drawn unless something covers it.
  const samples = await causeway.page.evaluate((edgeIds) => {
    const points: Record<string, { x: number; y: number }[]> = {};
    for (const id of edgeIds) {
      const path = document.querySelector<SVGPathElement>(`.react-flow__edge[data-id="${id}"] path.react-flow__edge-path`);
      const m = path?.getScreenCTM();
      if (!path || !m) continue;
      const length = path.getTotalLength();
      points[id] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((f) => {
        const p = path.getPointAtLength(length * f);
        return { x: Math.round(m.a * p.x + m.c * p.y + m.e), y: Math.round(m.b * p.x + m.d * p.y + m.f) };
      });
    }
    return points;
  }, ids);
  const edges = causeway.page.locator('.react-flow__edges');
  const shown = (await causeway.page.screenshot({ animations: 'disabled' })).toString('base64');
  await edges.evaluate((layer) => layer.setAttribute('style', 'visibility: hidden'));
  const hidden = (await causeway.page.screenshot({ animations: 'disabled' })).toString('base64');
  await edges.evaluate((layer) => layer.removeAttribute('style'));
  const changed = await causeway.page.evaluate(
    async ({ pictures, points }) => {
      const pixels = await Promise.all(
        pictures.map(async (base64) => {
          const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height);
        }),
      );
      const [a, b] = pixels as [ImageData, ImageData];
      const differs = (x: number, y: number) => {
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++) {
            const at = ((y + dy) * a.width + (x + dx)) * 4;
            if ([0, 1, 2].some((c) => a.data[at + c] !== b.data[at + c])) return true;
          }
        return false;
      };
      return Object.fromEntries(Object.entries(points).map(([id, along]) => [id, along.filter((p) => differs(p.x, p.y)).length]));
    },
    { pictures: [shown, hidden], points: samples },
  );
  for (const id of ids) expect(changed[id] ?? 0, `points of link ${id} drawn`).toBeGreaterThan(0);
});

/** The map is fitted: every node box lies inside the canvas, none overlapping another. */
async function expectFittedWithoutOverlaps(causeway: CausewayPage): Promise<void> {
  const boxes = await causeway.nodeBoxes();
  expect(boxes).toHaveLength(seed.nodes.length);
  expect(overlappingPairs(boxes)).toEqual([]);
  const canvas = await causeway.page.locator('.react-flow').boundingBox();
  if (!canvas) throw new Error('no canvas');
  const outside = boxes.filter(
    (box) => box.x < canvas.x || box.y < canvas.y || box.x + box.width > canvas.x + canvas.width || box.y + box.height > canvas.y + canvas.height,
  );
  expect(outside.map((box) => box.id)).toEqual([]);
}

/** Each edge's drawn path, keyed by edge id. */
async function drawnPaths(causeway: CausewayPage): Promise<Record<string, string>> {
  const pairs = await causeway.edges().evaluateAll((edges) =>
    edges.map((edge) => [edge.getAttribute('data-id') ?? '', edge.querySelector('path.react-flow__edge-path')?.getAttribute('d') ?? '']),
  );
  return Object.fromEntries(pairs);
}

test('every edge is drawn along its laid-out route, top to bottom and left to right', async ({ causeway }) => {
  await causeway.goto();
  for (const direction of ['TB', 'LR'] as const) {
    const layout = layoutMap(seed, { direction });
    const expected = Object.fromEntries(seed.edges.map((r) => [r.id, routePath(layout.relations[r.id]?.points ?? [])]));
    await expect.poll(() => drawnPaths(causeway), { message: `routes ${direction}` }).toEqual(expected);
    if (direction === 'TB') await causeway.toggleDirection();
  }
});

test('no two node boxes overlap on screen, and every node is inside the window', async ({ causeway }) => {
  await causeway.goto();
  await expectFittedWithoutOverlaps(causeway);
});

test('the direction toggle re-lays the map left to right and back, without overlaps', async ({ causeway }) => {
  await causeway.goto();
  const page = causeway.page;
  const before = await causeway.nodeBoxes();
  await expect(page.getByRole('button', { name: 'Layout left to right' })).toBeVisible();
  await causeway.toggleDirection();
  await expect(page.getByRole('button', { name: 'Layout top to bottom' })).toBeVisible();
  await expect.poll(async () => JSON.stringify(await causeway.nodeBoxes())).not.toBe(JSON.stringify(before));
  await expectFittedWithoutOverlaps(causeway);
  const first = causeway.node(seed.nodes[0]?.id ?? '');
  await expect(first.locator('.react-flow__handle.source.connectable.react-flow__handle-right')).toHaveCount(1);
  await expect(first.locator('.react-flow__handle.target.connectable.react-flow__handle-left')).toHaveCount(1);
  await causeway.toggleDirection();
  await expect(page.getByRole('button', { name: 'Layout left to right' })).toBeVisible();
  await expect.poll(async () => JSON.stringify(await causeway.nodeBoxes())).toBe(JSON.stringify(before));
});

test('works from the keyboard: the toggle, the legend and the nodes are reachable and named', async ({ causeway }) => {
  await causeway.goto();
  const page = causeway.page;
  const toggle = causeway.directionToggle();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Layout top to bottom' })).toBeFocused();
  const legend = page.getByRole('complementary', { name: 'Legend' });
  const legendToggle = legend.getByRole('button', { name: 'Hide legend' });
  await expect(legendToggle).toHaveAttribute('aria-expanded', 'true');
  await expect(legend.getByText('refutes', { exact: true })).toBeVisible();
  await legendToggle.focus();
  await page.keyboard.press('Space');
  await expect(legend.getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'false');
  await expect(legend.getByText('refutes', { exact: true })).toBeHidden();
  const first = causeway.node(seed.nodes[0]?.id ?? '');
  await first.focus();
  await expect(first).toBeFocused();
  for (const name of ['Zoom in', 'Zoom out', 'Fit map to window', 'Choose map', 'Open map…']) {
    await expect(page.getByRole('button', { name })).toBeVisible();
  }
});
