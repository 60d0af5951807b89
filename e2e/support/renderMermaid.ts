// Renders Mermaid text with the real mermaid package (its ESM bundle from node_modules, served to a blank page of the test's browser).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from '@playwright/test';

const require = createRequire(import.meta.url);
const MERMAID_DIST = path.join(path.dirname(require.resolve('mermaid/package.json')), 'dist');
/** A made-up origin the page's requests are answered for from node_modules: nothing leaves the machine. */
const ORIGIN = 'http://mermaid.test';

/** Mermaid's SVG for the text, or the error it threw while parsing or drawing. */
export async function renderMermaid(browser: Browser, text: string): Promise<{ svg: string } | { error: string }> {
  const page = await browser.newPage();
  try {
    // The ESM bundle loads only the chunks a flowchart needs; the 3.5 MB single-file bundle takes many seconds to parse.
    await page.route(`${ORIGIN}/**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === '/') return route.fulfill({ body: '<!doctype html><html><body></body></html>', contentType: 'text/html' });
      const file = path.join(MERMAID_DIST, pathname);
      if (!file.startsWith(MERMAID_DIST + path.sep)) return route.abort();
      return route.fulfill({ body: await readFile(file), contentType: 'text/javascript' });
    });
    await page.goto(`${ORIGIN}/`);
    return await page.evaluate(async (source) => {
      type Mermaid = { initialize(config: object): void; render(id: string, text: string): Promise<{ svg: string }> };
      const { default: mermaid } = (await import('/mermaid.esm.min.mjs' as string)) as { default: Mermaid };
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      try {
        return { svg: (await mermaid.render('diagram', source)).svg };
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    }, text);
  } finally {
    await page.close();
  }
}
