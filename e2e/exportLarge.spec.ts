// A large map exports in the worker: the menu shows progress, and the page's main thread is never blocked for long.
import { writeFile } from 'node:fs/promises';
import { generateMap } from '../src/layout/generateMap.ts';
import { serializeMap } from '../src/model/serializeMap.ts';
import { expect, test } from './fixtures/causewayTest.ts';
import { ExportPanel } from './support/ExportPanel.ts';
import { e2eFile } from './support/paths.ts';

/**
 * "More than a moment": rasterizing or writing this map on the page's thread would block it for seconds;
 * the worker leaves the page short tasks only (about 150 ms on a quiet machine, spread by CPU contention).
 */
const LONGEST_TASK_MS = 1000;

test('exporting a 300-claim map as PNG and PDF shows progress and never freezes the page', async ({ causeway, page }, testInfo) => {
  test.setTimeout(180_000);
  const file = e2eFile(`causeway-export-large-${testInfo.workerIndex}.json`);
  await writeFile(file, serializeMap(generateMap({ size: 300, seed: 7 })));
  await causeway.goto();
  await causeway.openFile(file);
  await expect(causeway.nodes()).not.toHaveCount(20);

  const menu = new ExportPanel(page);
  await menu.open();
  for (const entry of ['PNG 1×', 'PDF']) {
    await page.evaluate(() => {
      const tasks: number[] = [];
      new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      (window as unknown as { exportTasks: number[] }).exportTasks = tasks;
    });
    const download = page.waitForEvent('download', { timeout: 150_000 });
    await menu.entry(entry).click();
    await expect(menu.panel().getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
    await expect(menu.panel().getByRole('status')).toContainText(`Exporting ${entry}`);
    expect((await download).suggestedFilename()).toMatch(/\.(png|pdf)$/);
    await expect(menu.panel().getByRole('status')).toHaveText(/^Exported /);
    const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { exportTasks: number[] }).exportTasks));
    expect(longest, `longest main-thread task while exporting ${entry}`).toBeLessThan(LONGEST_TASK_MS);
  }
});
