// Browser tests: the production build in Debian's Chromium (or any Chrome found), served over temporary maps.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/findChromium.ts';
// Chooses this run's free ports and temporary folder, once, in Playwright's main process (see paths.ts).
import { E2E_PORT } from './e2e/support/paths.ts';

const baseURL = `http://127.0.0.1:${E2E_PORT}`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Playwright empties its output folder on start, so runs on different ports keep their own traces.
  outputDir: `test-results/e2e-${E2E_PORT}`,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  globalTeardown: './e2e/support/removeRunDir.ts',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? 'test-results/e2e.json' }]],
  use: {
    baseURL,
    viewport: { width: 1400, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: 'npx tsx e2e/support/serve.ts',
    url: `${baseURL}/api/maps`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
