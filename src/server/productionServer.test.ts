import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempMaps, makeTempMaps, request, sameOrigin } from './apiTestSupport.ts';
import { type ProductionServer, startProductionServer } from './productionServer.ts';
import { TEACHER_COOKIE, createTeacherGate } from './teacherGate.ts';

let maps: TempMaps;
let server: ProductionServer;
const INDEX = '<!doctype html><title>Causeway</title>';

/** A stand-in for vite build's output: what the server serves is the folder, whatever built it. */
async function writeDist(root: string): Promise<string> {
  const dist = path.join(root, 'dist');
  await mkdir(path.join(dist, 'assets'), { recursive: true });
  await mkdir(path.join(dist, 'maps'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), INDEX);
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), 'console.log("app");'.repeat(50));
  await writeFile(path.join(dist, 'maps', 'chain.json'), '{}');
  await writeFile(path.join(dist, '.causeway-build'), 'hash\n');
  await writeFile(path.join(root, 'secret.txt'), 'outside the build');
  return dist;
}

async function start(options: { student?: boolean } = {}): Promise<void> {
  const dist = await writeDist(maps.root);
  // A student's device is told apart by its socket's address; here every request is treated as coming from one.
  const gate = createTeacherGate({ secret: 'the-teachers-secret', isThisMachine: () => !options.student });
  server = await startProductionServer({ distDir: dist, mapsDir: maps.dir, port: 0, gate });
}

function gzipGet(url: string, pathname: string): Promise<{ status: number; encoding?: string; body: Buffer }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: target.hostname, port: target.port, path: pathname, headers: { 'accept-encoding': 'gzip' }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeEach(async () => {
  maps = await makeTempMaps();
});

afterEach(async () => {
  await server.close();
  await maps.cleanup();
});

describe('the production server', () => {
  it('serves the built app at / and its hashed assets for a year', async () => {
    await start();
    const page = await request(server.url, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.text).toBe(INDEX);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await request(server.url, { path: '/assets/index-abc123.js' });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect(asset.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('compresses text for browsers that accept gzip', async () => {
    await start();
    const res = await gzipGet(server.url, '/assets/index-abc123.js');
    expect(res.encoding).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe('console.log("app");'.repeat(50));
  });

  it('serves nothing outside the build, no dot-files and no maps folder', async () => {
    await start();
    for (const probe of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/.causeway-build', '/maps/chain.json', '/MAPS/chain.json', '/assets/', '/nothing.js', '/%zz']) {
      const res = await request(server.url, { path: probe });
      expect(res.status, probe).toBe(404);
      expect(res.text, probe).not.toContain('outside the build');
    }
  });

  it('answers the host probe saying it has the maps API, and serves the API', async () => {
    await start();
    const probe = await request(server.url, { path: '/causeway-host.json' });
    expect(probe.json).toEqual({ mapsApi: true });
    const list = await request(server.url, { path: '/api/maps', headers: sameOrigin(server.url) });
    expect(list.status).toBe(200);
    expect((list.json.maps as { name: string }[]).map((entry) => entry.name)).toContain('chain');
  });

  it('refuses other web pages', async () => {
    await start();
    const res = await request(server.url, { path: '/api/maps', headers: { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
    const script = await request(server.url, { path: '/assets/index-abc123.js', headers: { 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'no-cors' } });
    expect(script.status).toBe(403);
  });
});

describe('on a classroom network', () => {
  it('keeps the maps API from other devices unless they carry the teacher secret', async () => {
    await start({ student: true });
    const refused = await request(server.url, { path: '/api/maps', headers: sameOrigin(server.url) });
    expect(refused.status).toBe(403);
    expect(refused.json.error).toMatch(/only the teacher/);
    const write = await request(server.url, { method: 'PUT', path: '/api/maps/chain', headers: sameOrigin(server.url), body: '{}' });
    expect(write.status).toBe(403);
    const page = await request(server.url, { path: '/' });
    expect(page.status).toBe(200);
    const withCookie = await request(server.url, { path: '/api/maps', headers: { ...sameOrigin(server.url), cookie: `${TEACHER_COOKIE}=the-teachers-secret` } });
    expect(withCookie.status).toBe(200);
    const withToken = await request(server.url, { path: '/api/maps', headers: { authorization: 'Bearer the-teachers-secret' } });
    expect(withToken.status).toBe(200);
    const wrong = await request(server.url, { path: '/api/maps', headers: { cookie: `${TEACHER_COOKIE}=the-teachers-secreT` } });
    expect(wrong.status).toBe(403);
  });

  it('turns the teacher link into an HttpOnly, same-site cookie and drops the secret from the address', async () => {
    await start({ student: true });
    const link = await request(server.url, { path: '/?teacher=the-teachers-secret&file=chain.json' });
    expect(link.status).toBe(303);
    expect(link.headers.location).toBe('/?file=chain.json');
    expect(link.headers['set-cookie']?.[0]).toBe(`${TEACHER_COOKIE}=the-teachers-secret; Path=/; HttpOnly; SameSite=Strict`);
    const forged = await request(server.url, { path: '/?teacher=guess' });
    expect(forged.status).toBe(403);
    expect(forged.headers['set-cookie']).toBeUndefined();
  });
});
