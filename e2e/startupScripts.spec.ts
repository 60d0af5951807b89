// The production build's start-up scripts: V8's compile hint on the first line of the two the page runs before drawing, and source maps that still match.
import { readFileSync } from 'node:fs';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { expect, test } from './fixtures/causewayTest.ts';

const HINT = '//# allFunctionsCalledOnLoad';

test('the entry and the chunk index.html preloads start with the compile hint; code loaded later does not', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
  const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]* href="([^"]+)"/g)].map((match) => match[1] as string);
  expect(entry).toBeDefined();
  expect(preloaded.length).toBeGreaterThan(0);
  const startup = [entry as string, ...preloaded];
  const codes = await Promise.all(startup.map(async (url) => (await request.get(url)).text()));
  codes.forEach((code, i) => expect(code.split('\n')[0], startup[i]).toBe(HINT));
  // The start-up chunks name the chunks they load later in their preload lists; those are compiled when first used, as usual.
  const named = codes.flatMap((code) => [...code.matchAll(/"assets\/([\w-]+\.js)"/g)].map((match) => `/assets/${match[1]}`));
  const later = [...new Set(named)].filter((url) => !startup.includes(url));
  expect(later.length).toBeGreaterThan(0);
  for (const url of later) expect((await (await request.get(url)).text()).startsWith(HINT), url).toBe(false);
});

test("the entry's source map still points at the source line of its code", async ({ request }) => {
  const html = await (await request.get('/')).text();
  const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1] as string;
  const code = await (await request.get(entry)).text();
  const map = new TraceMap(await (await request.get(`${entry}.map`)).text());
  const message = 'index.html has no #root element';
  const lines = code.split('\n');
  const line = lines.findIndex((text) => text.includes(message));
  const original = originalPositionFor(map, { line: line + 1, column: (lines[line] as string).indexOf(message) });
  expect(original.source).toMatch(/src\/main\.tsx$/);
  const sourceLines = readFileSync('src/main.tsx', 'utf8').split('\n');
  expect(sourceLines[(original.line as number) - 1]).toContain(message);
});
