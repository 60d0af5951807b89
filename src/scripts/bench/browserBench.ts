// The in-browser part of the benchmark: initial JS size, navigation → all nodes visible, long tasks, drag and pan frame times, typing latency.
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../../e2e/support/findChromium.ts';
import { generateMap } from '../../layout/generateMap.ts';
import { claimNearCentre } from './claimNearCentre.ts';
import { median, medianPercentiles, type Percentiles, percentiles } from './timing.ts';
import { typingLatency } from './typingLatency.ts';

export interface BundleSize {
  /** JavaScript the page loads before anything is used: the entry script and its preloaded chunks. */
  initialJsKb: number;
  initialJsGzipKb: number;
  allJsGzipKb: number;
}

export interface BrowserRow {
  map: string;
  claims: number;
  /**
   * From navigation start until the map is drawn: laid out, no longer busy (a big map's claims are revealed in
   * batches and only those in view are put in the page), every node in the page shown.
   */
  visibleMs: number;
  /** The longest task Chromium's Long Tasks API reported while loading; it reports only tasks of 50 ms or more (0: none). */
  longestTaskMs: number;
  drag?: Percentiles;
  pan?: Percentiles;
  /** Key press to next paint while typing in the inspector's Label field (`frames` counts the keys). */
  typing?: Percentiles;
}

const kb = (bytes: number): number => Math.round(bytes / 102.4) / 10;

async function bundleSize(dist: string): Promise<BundleSize> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1] as string);
  const sizes = async (files: string[]) => Promise.all(files.map(async (f) => readFile(path.join(dist, f.replace(/^\//, '')))));
  const initialFiles = await sizes(initial);
  const assets = (await readdir(path.join(dist, 'assets'))).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const all = await sizes(assets);
  return {
    initialJsKb: kb(initialFiles.reduce((s, b) => s + b.length, 0)),
    initialJsGzipKb: kb(initialFiles.reduce((s, b) => s + gzipSync(b).length, 0)),
    allJsGzipKb: kb(all.reduce((s, b) => s + gzipSync(b).length, 0)),
  };
}

/** Frame-to-frame times (ms) recorded by requestAnimationFrame while `act` runs. */
async function frameTimes(page: Page, act: () => Promise<void>): Promise<Percentiles> {
  // A string, not a function: tsx would wrap a named inner function with a helper the page lacks. Each recording
  // has its own id: the last callback of the previous recording (drag, then pan) may still be pending, and must
  // not keep a second loop running, which recorded every frame twice (deltas of 0 ms).
  await page.evaluate(`(() => {
    const id = (window.__recordings = (window.__recordings ?? 0) + 1);
    const frames = (window.__frames = []);
    window.__recording = id;
    requestAnimationFrame(function tick(t) {
      if (window.__recording !== id) return;
      frames.push(t);
      requestAnimationFrame(tick);
    });
  })()`);
  await act();
  const stamps = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: number };
    w.__recording = 0;
    return w.__frames;
  });
  return percentiles(stamps.slice(1).map((t, i) => t - (stamps[i] as number)));
}

async function drag(page: Page, from: { x: number; y: number }, by: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(from.x + (by.x * i) / 60, from.y + (by.y * i) / 60);
  await page.mouse.up();
}

async function measureMap(page: Page, base: string, name: string, claims: number, interact: boolean): Promise<BrowserRow> {
  await page.goto(`${base}/?map=${name}`, { waitUntil: 'commit' });
  const visibleMs = await page
    .waitForFunction(
      () => {
        const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
        const canvas = document.querySelector('.map-canvas');
        const drawn = canvas !== null && canvas.getAttribute('aria-busy') !== 'true' && !document.querySelector('.layout-progress');
        return drawn && nodes.length > 0 && [...nodes].every((node) => node.style.visibility !== 'hidden') ? performance.now() : false;
      },
      undefined,
      { polling: 'raf', timeout: 180_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);
  await page.waitForTimeout(500);
  const longestTaskMs = await page.evaluate(() => Math.max(0, ...((window as unknown as { __longTasks?: number[] }).__longTasks ?? [])));
  const row: BrowserRow = { map: name, claims, visibleMs: Math.round(visibleMs), longestTaskMs: Math.round(longestTaskMs) };
  if (!interact) return row;
  const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
  const node = await claimNearCentre(page);
  if (node) row.drag = await frameTimes(page, () => drag(page, node, { x: 120, y: 60 }));
  const pane = await page.evaluate(({ width, height }) => {
    for (let y = 120; y < height - 120; y += 20)
      for (let x = 40; x < width - 40; x += 20) if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
    return null;
  }, viewport);
  if (pane) row.pan = await frameTimes(page, () => drag(page, pane, { x: -200, y: -120 }));
  row.typing = await typingLatency(page);
  return row;
}

/** One row from the measured loads: the medians of their times and of their frame percentiles. */
function medianRow(measured: readonly BrowserRow[]): BrowserRow {
  const row: BrowserRow = { ...(measured[0] as BrowserRow) };
  row.visibleMs = Math.round(median(measured.map((r) => r.visibleMs)));
  row.longestTaskMs = Math.round(median(measured.map((r) => r.longestTaskMs)));
  for (const key of ['drag', 'pan', 'typing'] as const) {
    const runs = measured.flatMap((r) => r[key] ?? []);
    if (runs.length > 0) row[key] = medianPercentiles(runs);
  }
  return row;
}

export async function runBrowserBench(sizes: readonly number[], port: number, runs: number, log: (line: string) => void): Promise<{ bundle: BundleSize; rows: BrowserRow[] }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'causeway-bench-'));
  const maps = path.join(root, 'maps');
  const dist = path.join(root, 'dist');
  await mkdir(maps, { recursive: true });
  await cp('maps', maps, { recursive: true });
  for (const size of sizes) await writeFile(path.join(maps, `bench-${size}.json`), `${JSON.stringify(generateMap({ size }), null, 2)}\n`);
  process.env.CAUSEWAY_MAPS_DIR = maps;
  log('browser: production build…');
  await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  const bundle = await bundleSize(dist);
  const server = await preview({ build: { outDir: dist }, preview: { port, strictPort: true, open: false } });
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!origin) throw new Error('the preview server did not report its address');
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const rows: BrowserRow[] = [];
  try {
    const targets = [{ name: 'korean-war-escalation', claims: -1, interact: false }, ...sizes.map((size) => ({ name: `bench-${size}`, claims: size, interact: true }))];
    for (const target of targets) {
      const claims = target.claims >= 0 ? target.claims : (JSON.parse(await readFile(path.join(maps, `${target.name}.json`), 'utf8')) as { nodes: unknown[] }).nodes.length;
      log(`browser: ${target.name}…`);
      const measured: BrowserRow[] = [];
      for (let run = 0; run < runs + 1; run++) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const page = await context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { __longTasks: number[] };
          w.__longTasks = [];
          new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
        });
        const row = await measureMap(page, origin, target.name, claims, target.interact && run > 0);
        await context.close();
        if (run > 0) measured.push(row);
      }
      rows.push(medianRow(measured));
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    await rm(root, { recursive: true, force: true });
  }
  return { bundle, rows };
}
