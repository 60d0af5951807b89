import { cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type PreviewServer, type ViteDevServer, createServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TempMaps, makeTempMaps, request } from './apiTestSupport.ts';
import { appOnlyRefusal } from './appOnlyGuard.ts';

/**
 * vite.config.ts's dev and preview servers (the real config, with a temporary site as their root) asked directly,
 * as curl would: e2e/crossOrigin.spec.ts asks them from another page in Chromium.
 */
let maps: TempMaps;
let dev: ViteDevServer;
let previewServer: PreviewServer;
let dist: string;
const PASSWD_LINE = /^root:/m;
const SECRET_PACKAGE = '{"name":"not-for-other-pages"}';

function urlOf(server: { httpServer: ViteDevServer['httpServer'] | PreviewServer['httpServer'] }): string {
  const { port } = server.httpServer?.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  maps = await makeTempMaps();
  const site = path.join(maps.root, 'site');
  dist = path.join(site, 'dist');
  await mkdir(path.join(site, 'src'), { recursive: true });
  await mkdir(path.join(site, 'maps'));
  await writeFile(path.join(site, 'index.html'), '<!doctype html><title>Causeway</title><script type="module" src="/src/main.ts"></script>');
  await writeFile(path.join(site, 'src', 'main.ts'), 'document.title = "Causeway";\n');
  await writeFile(path.join(site, 'package.json'), SECRET_PACKAGE);
  await symlink('/etc/passwd', path.join(site, 'maps', 'x.json'));
  await cp(path.join(maps.dir, 'chain.json'), path.join(site, 'maps', 'chain.json'));
  await mkdir(path.join(dist, 'maps'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Causeway</title>');
  await cp(path.join(maps.dir, 'chain.json'), path.join(dist, 'maps', 'chain.json'));
  process.env.CAUSEWAY_MAPS_DIR = maps.dir;
  const common = { configFile: path.resolve('vite.config.ts'), root: site, logLevel: 'silent' as const };
  dev = await createServer({ ...common, server: { port: 0, open: false, watch: null, ws: false } });
  await dev.listen();
  previewServer = await preview({ ...common, build: { outDir: dist }, preview: { port: 0, open: false } });
}, 60_000);

afterAll(async () => {
  delete process.env.CAUSEWAY_MAPS_DIR;
  await dev?.close();
  await previewServer?.close();
  await maps.cleanup();
});

describe('the dev server', () => {
  it('serves the page and its modules', async () => {
    const url = urlOf(dev);
    expect((await request(url, { path: '/' })).text).toContain('<title>Causeway</title>');
    expect((await request(url, { path: '/src/main.ts' })).status).toBe(200);
  });

  it('serves nothing under maps/, not even a link to /etc/passwd, by any spelling', async () => {
    const url = urlOf(dev);
    const spellings = ['/maps/x.json', '/maps/chain.json', '/maps/x.json?import', '/maps/x.json?raw', '/%6daps/x.json', '/MAPS/x.json', '/src/../maps/x.json', '/src/%2e%2e/maps/x.json', '//maps/x.json', '/maps%2fx.json', `/@fs${path.join(maps.root, 'site', 'maps', 'x.json')}`, '/@fs/etc/passwd'];
    for (const spelling of spellings) {
      const answer = await request(url, { path: spelling });
      expect(answer.status, spelling).toBeGreaterThanOrEqual(400);
      expect(answer.text, spelling).not.toMatch(PASSWD_LINE);
      expect(answer.text, spelling).not.toContain('Escalation chain');
    }
  });

  it('serves no project file the page does not load', async () => {
    const url = urlOf(dev);
    for (const file of ['/package.json', '/package.json?import', '/package.json?raw']) {
      const answer = await request(url, { path: file });
      expect(answer.status, file).toBe(403);
      expect(answer.text, file).not.toContain('not-for-other-pages');
    }
  });
});

describe('the dev and the preview server', () => {
  it('give another page no CORS permission and refuse its requests', async () => {
    for (const url of [urlOf(dev), urlOf(previewServer)]) {
      for (const origin of ['http://127.0.0.1:8123', 'http://localhost:8123']) {
        const answer = await request(url, { path: '/', headers: { origin } });
        expect(answer.status, `${url} from ${origin}`).toBe(403);
        expect(answer.headers['access-control-allow-origin']).toBeUndefined();
        const preflight = await request(url, { method: 'OPTIONS', path: '/api/maps', headers: { origin, 'access-control-request-method': 'GET' } });
        expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      }
      const embedded = await request(url, { path: '/', headers: { 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script' } });
      expect(embedded.status).toBe(403);
      const followedLink = await request(url, { path: '/', headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' } });
      expect(followedLink.status).toBe(200);
      expect(followedLink.headers['cross-origin-resource-policy']).toBe('same-origin');
    }
  });

  it('refuse a host name that is not this machine (DNS rebinding)', async () => {
    for (const url of [urlOf(dev), urlOf(previewServer)]) {
      const { port } = new URL(url);
      const answer = await request(url, { path: '/', headers: { host: `rebound.example:${port}` } });
      expect(answer.status, url).toBe(403);
      expect(answer.text).not.toContain('<title>Causeway</title>');
    }
  });

  it('keep the maps API working for the page itself', async () => {
    for (const url of [urlOf(dev), urlOf(previewServer)]) {
      const answer = await request(url, { path: '/api/maps/chain', headers: { origin: url, 'sec-fetch-site': 'same-origin' } });
      expect(answer.status, url).toBe(200);
    }
  });
});

describe('the preview server', () => {
  it("serves the build, but not the build's copies of the maps (the API serves them)", async () => {
    const url = urlOf(previewServer);
    expect((await request(url, { path: '/' })).text).toContain('<title>Causeway</title>');
    for (const spelling of ['/maps/chain.json', '/%6daps/chain.json', '/maps/', '/MAPS/chain.json']) {
      const answer = await request(url, { path: spelling });
      expect(answer.status, spelling).toBe(404);
      expect(answer.text, spelling).not.toContain('Escalation chain');
    }
  });
});

describe('appOnlyRefusal', () => {
  it('lets through the page itself, tools without browser headers, and links followed to the app', () => {
    const host = '127.0.0.1:5173';
    expect(appOnlyRefusal({ url: '/src/main.tsx', method: 'GET', headers: { host, 'sec-fetch-site': 'same-origin' } })).toBeUndefined();
    expect(appOnlyRefusal({ url: '/', method: 'GET', headers: { host } })).toBeUndefined();
    expect(appOnlyRefusal({ url: '/', method: 'GET', headers: { host, 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' } })).toBeUndefined();
    expect(appOnlyRefusal({ url: '/', method: 'POST', headers: { host, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document', origin: 'http://evil.example' } })?.status).toBe(403);
    expect(appOnlyRefusal({ url: '/', method: 'GET', headers: { host, 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'iframe' } })?.status).toBe(403);
    expect(appOnlyRefusal({ url: '/src/%ZZ/../../maps/x.json', method: 'GET', headers: { host } })?.status).toBe(404);
  });
});
