// `npm run screenshot`: serves the app, opens the seed map in Chromium and writes the README's screenshot.
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/support/findChromium.ts';

const OUT = 'public/screenshot.png';

const server = await createServer({ logLevel: 'error', server: { port: 0, open: false } });
await server.listen();
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('the dev server did not report its address');

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(url);
  await page.locator('.react-flow__node').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  // fitView animates once the canvas has its size; wait for the viewport to stop moving.
  await page.waitForTimeout(1500);
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  await server.close();
}
