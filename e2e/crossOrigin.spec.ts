// Another web page on this machine (another port, as 127.0.0.1 or localhost) cannot read anything the dev or the production server answers.
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type ViteDevServer, createServer } from 'vite';
import { expect, test } from './fixtures/causewayTest.ts';
import { CausewayPage } from './support/CausewayPage.ts';
import { E2E_PORT } from './support/paths.ts';

/** One dev server for the file: its tests run in one worker, one after another. */
test.describe.configure({ mode: 'serial' });

const productionUrl = `http://127.0.0.1:${E2E_PORT}`;
let other: http.Server;
let otherPort: number;
let dev: ViteDevServer;
let devUrl: string;
let mapsDir: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  other = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Another local page</title>');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherPort = (other.address() as AddressInfo).port;

  mapsDir = await mkdtemp(path.join(os.tmpdir(), 'causeway-cross-origin-'));
  await cp('maps', mapsDir, { recursive: true });
  await symlink('/etc/passwd', path.join(mapsDir, 'x.json'));
  process.env.CAUSEWAY_MAPS_DIR = mapsDir;
  // The repository's own dev server, as `npm start` runs it (vite.config.ts), over the temporary maps folder.
  dev = await createServer({ configFile: path.resolve('vite.config.ts'), logLevel: 'silent', server: { port: 0, open: false } });
  await dev.listen();
  devUrl = `http://127.0.0.1:${(dev.httpServer?.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  delete process.env.CAUSEWAY_MAPS_DIR;
  await dev?.close();
  await new Promise((resolve) => other?.close(resolve));
  if (mapsDir) await rm(mapsDir, { recursive: true, force: true });
});

/** What the page at `origin` could read of each URL: 'blocked', or the first bytes it got (each by fetch, and by import for scripts). */
async function readsFrom(page: CausewayPage['page'], origin: string, urls: string[]): Promise<Record<string, string>> {
  await page.goto(origin);
  return page.evaluate(async (targets) => {
    const results: Record<string, string> = {};
    for (const url of targets) {
      try {
        const response = await fetch(url);
        results[url] = `read ${response.status}: ${(await response.text()).slice(0, 40)}`;
      } catch {
        results[url] = 'blocked';
      }
      if (/\.(tsx?|js)$/.test(url)) {
        try {
          await import(/* @vite-ignore */ url);
          results[`import ${url}`] = 'ran';
        } catch {
          results[`import ${url}`] = 'blocked';
        }
      }
    }
    return results;
  }, urls);
}

function everyBlocked(results: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(results).map((url) => [url, 'blocked']));
}

for (const name of ['127.0.0.1', 'localhost']) {
  test(`a page on another port of ${name} reads nothing from the dev server`, async ({ page, pageErrors }) => {
    pageErrors.allow(/./);
    const targets = ['/maps/x.json', '/maps/korean-war-escalation.json', '/package.json', '/src/main.tsx', '/src/model/parseMap.ts', '/', '/api/maps', '/api/maps/korean-war-escalation', '/@fs/etc/passwd'];
    const results = await readsFrom(page, `http://${name}:${otherPort}/`, targets.map((target) => `${devUrl}${target}`));
    expect(results).toEqual(everyBlocked(results));
  });

  test(`a page on another port of ${name} reads nothing from the production server`, async ({ page, pageErrors }) => {
    pageErrors.allow(/./);
    const targets = ['/', '/index.html', '/maps/index.json', '/maps/korean-war-escalation.json', '/api/maps', '/api/maps/korean-war-escalation'];
    const results = await readsFrom(page, `http://${name}:${otherPort}/`, targets.map((target) => `${productionUrl}${target}`));
    expect(results).toEqual(everyBlocked(results));
  });
}

test('the dev server still opens a map for its own page, and serves no map file or project file even to it', async ({ page, pageErrors }) => {
  pageErrors.allow(/Failed to load resource: the server responded with a status of 40[34]/);
  test.setTimeout(120_000);
  const causeway = new CausewayPage(page);
  await page.goto(`${devUrl}/?map=korean-war-escalation`);
  await expect(causeway.title()).toHaveText(/Korean War/, { timeout: 90_000 });
  const statuses = await page.evaluate(async () =>
    Promise.all(['/maps/x.json', '/maps/korean-war-escalation.json', '/package.json', '/README.md'].map(async (url) => (await fetch(url)).status)),
  );
  expect(statuses).toEqual([404, 404, 403, 403]);
});

test("the production server serves the build but not the build's map copies", async ({ page, pageErrors }) => {
  pageErrors.allow(/Failed to load resource: the server responded with a status of 404/);
  await page.goto(`${productionUrl}/`);
  const statuses = await page.evaluate(async () =>
    Promise.all(['/maps/index.json', '/maps/korean-war-escalation.json', '/api/maps'].map(async (url) => (await fetch(url)).status)),
  );
  expect(statuses).toEqual([404, 404, 200]);
});
