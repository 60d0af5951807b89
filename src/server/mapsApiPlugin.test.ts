import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type PreviewServer, type ViteDevServer, createServer, loadConfigFromFile, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeMap } from '../model/serializeMap.ts';
import { type TempMaps, chainMap, makeTempMaps, request, sameOrigin, saveHeaders } from './apiTestSupport.ts';
import { mapsApiPlugin } from './mapsApiPlugin.ts';

let maps: TempMaps;
let dev: ViteDevServer;
let previewServer: PreviewServer;

function urlOf(server: { httpServer: ViteDevServer['httpServer'] | PreviewServer['httpServer'] }): string {
  const { port } = server.httpServer?.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  maps = await makeTempMaps();
  const site = path.join(maps.root, 'site');
  await mkdir(path.join(site, 'dist'), { recursive: true });
  await writeFile(path.join(site, 'index.html'), '<!doctype html><title>Causeway</title>');
  await writeFile(path.join(site, 'dist', 'index.html'), '<!doctype html><title>Causeway</title>');
  const common = { configFile: false as const, root: site, logLevel: 'silent' as const, plugins: [mapsApiPlugin(maps.dir)] };
  dev = await createServer({ ...common, server: { host: '127.0.0.1', port: 0, watch: null, ws: false } });
  await dev.listen();
  previewServer = await preview({ ...common, preview: { host: '127.0.0.1', port: 0, open: false } });
});

afterAll(async () => {
  await dev?.close();
  await previewServer?.close();
  await maps.cleanup();
});

describe('the maps API inside Vite', () => {
  it('lists, reads and saves through the dev server', async () => {
    const url = urlOf(dev);
    const list = await request(url, { path: '/api/maps', headers: sameOrigin(url) });
    expect(list.status).toBe(200);
    expect(list.json.maps).toContainEqual({ name: 'chain', title: 'Escalation chain', valid: true, modified: expect.any(String) });
    const loaded = await request(url, { path: '/api/maps/chain', headers: sameOrigin(url) });
    const edited = { ...chainMap, meta: { title: 'Saved through Vite' } };
    const saved = await request(url, {
      method: 'PUT',
      path: '/api/maps/chain',
      headers: saveHeaders(url, { 'if-match': loaded.json.version as string }),
      body: JSON.stringify(edited),
    });
    expect(saved.status).toBe(200);
    expect(await readFile(path.join(maps.dir, 'chain.json'), 'utf8')).toBe(serializeMap(edited));
  });

  it('refuses traversal before Vite can serve a file, and refuses a page on another local port', async () => {
    const url = urlOf(dev);
    expect((await request(url, { path: '/api/maps/..%2f..%2fpackage', headers: sameOrigin(url) })).status).toBe(400);
    expect((await request(url, { path: '/api/maps/../../package.json', headers: sameOrigin(url) })).status).toBe(400);
    const otherApp = { origin: 'http://localhost:3000', 'content-type': 'application/json', 'if-match': '*' };
    const save = await request(url, { method: 'PUT', path: '/api/maps/chain', headers: otherApp, body: JSON.stringify(chainMap) });
    expect(save.status).toBe(403);
    expect((await request(url, { path: '/api/maps', headers: { origin: 'http://localhost:3000' } })).status).toBe(403);
  });

  it('serves the same API on the preview server of the production build', async () => {
    const url = urlOf(previewServer);
    const res = await request(url, { path: '/api/maps/pair', headers: sameOrigin(url) });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe(res.json.version);
    const created = await request(url, {
      method: 'PUT',
      path: '/api/maps/from-preview',
      headers: saveHeaders(url, { 'if-none-match': '*' }),
      body: JSON.stringify(chainMap),
    });
    expect(created.status).toBe(201);
    expect((await request(url, { path: '/api/maps', headers: { host: 'evil.example', origin: 'http://evil.example' } })).status).toBe(403);
    expect((await request(url, { path: '/', headers: sameOrigin(url) })).text).toContain('<title>Causeway</title>');
  });
});

describe('vite.config.ts', () => {
  it('binds the dev and the preview server to loopback only', async () => {
    const loaded = await loadConfigFromFile({ command: 'serve', mode: 'development' }, path.resolve('vite.config.ts'));
    expect(loaded?.config.server?.host).toBe('127.0.0.1');
    expect(loaded?.config.preview?.host).toBe('127.0.0.1');
  });
});
