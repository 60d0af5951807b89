import { link, lstat, readFile, readdir, readlink, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../model/parseJsonText.ts';
import { serializeMap } from '../model/serializeMap.ts';
import { aChain } from '../model/testBuilders.ts';
import { type TempMaps, chainMap, leftoverTempFiles, makeTempMaps, pairMap, request, sameOrigin, saveHeaders } from './apiTestSupport.ts';
import { type MapsApiServer, startMapsApiServer } from './mapsApiServer.ts';

let maps: TempMaps;
let api: MapsApiServer;
const SECRET = '{"not":"a map, and it must stay private"}\n';

beforeEach(async () => {
  maps = await makeTempMaps();
  await writeFile(path.join(maps.root, 'secret.json'), SECRET);
  api = await startMapsApiServer({ dir: maps.dir });
});

afterEach(async () => {
  await api.close();
  await maps.cleanup();
});

const onDisk = (name: string) => readFile(path.join(maps.dir, `${name}.json`), 'utf8');
const secret = () => readFile(path.join(maps.root, 'secret.json'), 'utf8');

function put(rawPath: string, headers = saveHeaders(api.url, { 'if-match': '*' })) {
  return request(api.url, { method: 'PUT', path: rawPath, headers, body: JSON.stringify(aChain('p', 'q')) });
}

describe('map names', () => {
  const TRAVERSALS = [
    '..', '../secret', '../../etc/passwd', '%2e%2e', '%2e%2e%2fsecret', '..%2fsecret', '..%2F..%2Fetc%2Fpasswd',
    '%252e%252e%252fsecret', 'a%2fb', 'a/b', '..%5csecret', 'a%5cb', '%5c%5cserver%5cshare', '%2fetc%2fpasswd',
    '/etc/passwd', 'C:%5cwindows', 'chain%00', 'chain%00.json', 'chain.json', '.hidden', 'CHAIN', 'ch%D0%B0in',
    '%E0%A4%A', 'nul', 'com1', '-chain', 'chain-', 'a--b', 'x'.repeat(101),
  ];

  it('refuses every name that is not a plain slug with 400, for GET and PUT, and writes nowhere', async () => {
    const before = (await readdir(maps.root, { recursive: true })).sort();
    for (const name of TRAVERSALS) {
      const read = await request(api.url, { path: `/api/maps/${name}`, headers: sameOrigin(api.url) });
      expect(read.status, `GET ${name}`).toBe(400);
      expect(read.json.error, `GET ${name}`).toEqual(expect.any(String));
      const save = await put(`/api/maps/${name}`);
      expect(save.status, `PUT ${name}`).toBe(400);
    }
    expect((await readdir(maps.root, { recursive: true })).sort()).toEqual(before);
    expect(await secret()).toBe(SECRET);
  });
});

describe('links in maps/', () => {
  it('refuses to read, list or save through a link that points outside the folder', async () => {
    await symlink(path.join(maps.root, 'secret.json'), path.join(maps.dir, 'leak.json'));
    const read = await request(api.url, { path: '/api/maps/leak' });
    expect(read.status).toBe(403);
    expect(read.text).not.toContain('private');
    const list = await request(api.url, { path: '/api/maps' });
    expect((list.json.maps as { name: string }[]).map((entry) => entry.name)).not.toContain('leak');
    for (const condition of [{ 'if-match': '*' }, { 'if-none-match': '*' }]) {
      const save = await put('/api/maps/leak', saveHeaders(api.url, condition));
      expect(save.status).toBe(403);
      expect(save.json.error).toBe('maps/leak.json is a symbolic link; Causeway does not save through links');
    }
    expect(await secret()).toBe(SECRET);
    expect((await lstat(path.join(maps.dir, 'leak.json'))).isSymbolicLink()).toBe(true);
  });

  it('does not create the target of a dangling link', async () => {
    await symlink(path.join(maps.root, 'planted.json'), path.join(maps.dir, 'dangling.json'));
    expect((await request(api.url, { path: '/api/maps/dangling' })).status).toBe(404);
    expect((await put('/api/maps/dangling', saveHeaders(api.url, { 'if-none-match': '*' }))).status).toBe(403);
    expect(await readdir(maps.root)).not.toContain('planted.json');
  });

  it('reads a link to another map inside the folder but never writes through it', async () => {
    await symlink('pair.json', path.join(maps.dir, 'alias.json'));
    const read = await request(api.url, { path: '/api/maps/alias' });
    expect(read.status).toBe(200);
    expect(read.json.content).toBe(serializeMap(pairMap));
    expect((await put('/api/maps/alias')).status).toBe(403);
    expect(await onDisk('pair')).toBe(serializeMap(pairMap));
    expect(await readlink(path.join(maps.dir, 'alias.json'))).toBe('pair.json');
  });

  it('replaces a hard-linked file instead of writing into the other name', async () => {
    await link(path.join(maps.root, 'secret.json'), path.join(maps.dir, 'hard.json'));
    const save = await put('/api/maps/hard');
    expect(save.status).toBe(200);
    expect(await secret()).toBe(SECRET);
    expect(await onDisk('hard')).toBe(serializeMap(aChain('p', 'q')));
  });
});

describe('origins', () => {
  const port = () => new URL(api.url).port;

  it('refuses other web pages and DNS-rebinding hosts with 403, for reading and writing', async () => {
    const foreign: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { origin: `http://127.0.0.1:1` },
      { origin: `https://127.0.0.1:${port()}.evil.example` },
      { host: `evil.example:${port()}`, origin: `http://evil.example:${port()}` },
      { host: `evil.example:${port()}` },
      { host: `localhost@evil.example:${port()}` },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { referer: 'http://evil.example/page.html' },
    ];
    for (const headers of foreign) {
      for (const [method, rawPath] of [['GET', '/api/maps'], ['GET', '/api/maps/chain'], ['PUT', '/api/maps/chain']] as const) {
        const res = await request(api.url, {
          method,
          path: rawPath,
          headers: { 'content-type': 'application/json', 'if-match': '*', ...headers },
          body: method === 'PUT' ? JSON.stringify(aChain('evil')) : undefined,
        });
        expect(res.status, `${method} ${rawPath} ${JSON.stringify(headers)}`).toBe(403);
        expect(res.text).not.toContain('Escalation chain');
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
      }
    }
    expect(await onDisk('chain')).toBe(serializeMap(chainMap));
  });

  it("serves the app's own pages under every loopback name, and tools that send no origin at all", async () => {
    const own: Record<string, string>[] = [
      sameOrigin(api.url) as Record<string, string>,
      { host: `localhost:${port()}`, origin: `http://localhost:${port()}` },
      { host: `[::1]:${port()}`, origin: `http://[::1]:${port()}` },
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
      { referer: `${api.url}/?map=chain` },
      {},
    ];
    for (const headers of own) {
      expect((await request(api.url, { path: '/api/maps/chain', headers })).status, JSON.stringify(headers)).toBe(200);
      const save = await request(api.url, {
        method: 'PUT',
        path: '/api/maps/chain',
        headers: { 'content-type': 'application/json', 'if-match': '*', ...headers },
        body: JSON.stringify(chainMap),
      });
      expect(save.status, JSON.stringify(headers)).toBe(200);
    }
  });

  it('accepts a configured host name besides loopback', async () => {
    const named = await startMapsApiServer({ dir: maps.dir, allowedHosts: ['causeway.test'] });
    try {
      const at = `causeway.test:${new URL(named.url).port}`;
      expect((await request(named.url, { path: '/api/maps', headers: { host: at, origin: `http://${at}` } })).status).toBe(200);
      expect((await request(named.url, { path: '/api/maps', headers: { host: `other.test:${new URL(named.url).port}` } })).status).toBe(403);
    } finally {
      await named.close();
    }
  });
});

/** A PUT whose body the test writes by hand; resolves with the response and how much had been sent when it came. */
function rawPut(
  headers: Record<string, string | number>,
  send: (req: ReturnType<typeof httpRequest>, answered: () => boolean) => Promise<void>,
  baseUrl = api.url,
) {
  const url = new URL(baseUrl);
  return new Promise<{ res: IncomingMessage; body: Record<string, unknown> }>((resolve, reject) => {
    let response: IncomingMessage | undefined;
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: 'PUT', path: '/api/maps/chain', agent: false, headers: { ...saveHeaders(baseUrl, { 'if-match': '*' }), ...headers } },
      (res) => {
        response = res;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ res, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> }));
      },
    );
    req.on('error', (error) => {
      if (!response) reject(error);
    });
    req.flushHeaders();
    send(req, () => response !== undefined).catch(() => undefined);
  });
}

function written(req: ReturnType<typeof httpRequest>, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    if (req.destroyed) return reject(new Error('closed'));
    if (req.write(chunk)) return resolve();
    const onDrain = () => {
      req.off('close', onClose);
      resolve();
    };
    const onClose = () => {
      req.off('drain', onDrain);
      reject(new Error('closed'));
    };
    req.once('drain', onDrain);
    req.once('close', onClose);
  });
}

describe('bodies', () => {
  it('refuses a body declared over 5 MB with 413 before it is sent', async () => {
    const { res, body } = await rawPut({ 'content-length': MAX_FILE_BYTES + 1 }, async () => undefined);
    expect(res.statusCode).toBe(413);
    expect(body.error).toBe('the body is larger than 5.0 MB; a map file may be at most 5 MB');
    expect(await onDisk('chain')).toBe(serializeMap(chainMap));
  });

  it('stops reading a streamed body at 5 MB and answers 413 without waiting for the rest', async () => {
    const chunk = Buffer.alloc(64 * 1024, 32);
    const limit = 40 * 1024 * 1024;
    let sent = 0;
    const { res } = await rawPut({ 'transfer-encoding': 'chunked' }, async (req, answered) => {
      for (let i = 0; i < limit / chunk.length && !answered(); i++) {
        await written(req, chunk);
        sent += chunk.length;
      }
      req.end();
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers.connection).toBe('close');
    expect(sent).toBeLessThan(limit);
    expect(await onDisk('chain')).toBe(serializeMap(chainMap));
    expect(await leftoverTempFiles(maps.dir)).toEqual([]);
  });

  it('answers 408 to a body that does not arrive in time, and saves nothing', async () => {
    const impatient = await startMapsApiServer({ dir: maps.dir, bodyTimeoutMs: 300 });
    try {
      const started = Date.now();
      const whole = JSON.stringify(aChain('slow'));
      const { res, body } = await rawPut(
        { 'content-length': Buffer.byteLength(whole) },
        async (req) => {
          req.write(whole.slice(0, 10));
        },
        impatient.url,
      );
      expect(res.statusCode).toBe(408);
      expect(res.headers.connection).toBe('close');
      expect(body.error).toBe('the body did not arrive within 0.3 s');
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await onDisk('chain')).toBe(serializeMap(chainMap));
    } finally {
      await impatient.close();
    }
  });

  it('refuses a compressed body instead of inflating it', async () => {
    const { res } = await rawPut({ 'content-encoding': 'gzip', 'content-length': 4 }, async (req) => {
      req.end(Buffer.from([1, 2, 3, 4]));
    });
    expect(res.statusCode).toBe(415);
  });
});
