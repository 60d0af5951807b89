// Vite builds and serves the app (with the maps API); Vitest runs the unit tests beside the code.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { earlyMapFetchScript } from './src/adapters/earlyMapFetch.ts';
import { mapsApiPlugin } from './src/server/mapsApiPlugin.ts';
import { WORKER_LAYOUT_ABOVE } from './src/state/layoutJob.ts';

/** Vite's own default list, and the parts of src/ the page never loads: the server, the command line, scripts and tests. */
const DEV_SERVER_DENY = [
  '.env',
  '.env.*',
  '*.{crt,pem,key,p12,pfx,cer,der}',
  '.npmrc',
  '.yarnrc.yml',
  '**/.git/**',
  ...['src/server', 'src/cli', 'src/scripts'].map((dir) => `${fileURLToPath(new URL(dir, import.meta.url))}/**`),
  '**/src/**/*.test.{ts,tsx}',
];

/** Every module the page loads before it starts (the entry and what it imports statically), filled in before chunking. */
const startupModules = new Set<string>();
/** The entry's second half (React, React Flow and the screen): the modules renderApp imports statically that the entry does not. */
const appModules = new Set<string>();
/** The entry imports it dynamically; index.html preloads its chunk, so it downloads with the entry's and is evaluated in a task of its own. */
const RENDER_APP = /\/src\/renderApp\.tsx$/;

/**
 * Rolldown puts the modules a lazily loaded panel shares with the page's start into separate small chunks
 * (rolldown issue 10731; Rollup keeps them in the entry's chunk), although they all load at start anyway:
 * a dozen chunks that compress worse than one. Collecting the startup modules here lets one chunk group
 * hold them all.
 */
const collectStartupModules: Plugin = {
  name: 'causeway:startup-modules',
  apply: 'build',
  buildEnd() {
    const collect = (into: Set<string>, from: string[]) => {
      into.clear();
      const pending = [...from];
      while (pending.length > 0) {
        const id = pending.pop() as string;
        if (into.has(id) || startupModules.has(id)) continue;
        into.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    };
    const ids = [...this.getModuleIds()];
    collect(startupModules, ids.filter((id) => this.getModuleInfo(id)?.isEntry));
    collect(appModules, ids.filter((id) => RENDER_APP.test(id)));
  },
};

/**
 * V8's explicit compile hint, for the two chunks the page runs before it draws a map: V8 then compiles all their
 * functions while they download, on a background thread, instead of each on the page's thread when first called.
 * Those calls made the chunks' evaluation and React's first render the page's longest tasks (~60-180 ms each at
 * 1,000 claims). Compiling every function takes longer than the quick pre-parse V8 does otherwise, and the page
 * waits for it before running a chunk; alternating loads found the seed no slower to draw. V8 reads the hint only
 * on the file's first line, so it goes in after Vite has put its preload list there (the source map moves a line).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
/** rolldown-runtime: Rolldown's helpers for CommonJS modules, shared by the entry and a lazy chunk, so split out and preloaded with the entry. */
const STARTUP_CHUNKS = new Set(['index', 'renderApp', 'rolldown-runtime']);
const compileHints: Plugin = {
  name: 'causeway:compile-hints',
  apply: 'build',
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !STARTUP_CHUNKS.has(chunk.name)) continue;
        chunk.code = COMPILE_HINT + chunk.code;
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset' && typeof map.source === 'string') {
          const parsed = JSON.parse(map.source) as { mappings: string };
          map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
        }
      }
    },
  },
};

/** The Inter files loadFonts adds (the layout measured labels with them); the app's first render waits for them. */
const STARTUP_FONT = /(^|\/)Inter_(400Regular|600SemiBold)-[^/]*\.ttf$/;

/** The layout worker's file (layoutInWorker starts it as `new Worker(new URL('./layoutWorker.ts', …))`). */
const LAYOUT_WORKER = /(^|\/)layoutWorker-[^/]*\.js$/;

/**
 * The first render needs the entry chunk, Inter and the routed map file. Without hints the fonts and the map are
 * asked for only once the entry chunk has downloaded and run; these tags start them alongside it, and start the
 * layout worker, which reads and lays out the map meanwhile (the page adopts that worker).
 */
let base = '/';
const startEarly: Plugin = {
  name: 'causeway:start-early',
  configResolved(config) {
    base = config.base;
  },
  transformIndexHtml(_html, context) {
    const files = Object.keys(context.bundle ?? {});
    const worker = files.find((name) => LAYOUT_WORKER.test(name));
    const script = earlyMapFetchScript(worker === undefined ? null : `${base}${worker}`, WORKER_LAYOUT_ABOVE);
    const tags: HtmlTagDescriptor[] = [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
    for (const chunk of Object.values(context.bundle ?? {})) {
      if (chunk.type !== 'chunk' || !chunk.moduleIds.some((id) => RENDER_APP.test(id))) continue;
      tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${chunk.fileName}` }, injectTo: 'head' });
      for (const css of chunk.viteMetadata?.importedCss ?? []) tags.push({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: '', href: `${base}${css}` }, injectTo: 'head' });
    }
    for (const fileName of files.filter((name) => STARTUP_FONT.test(name))) {
      tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/ttf', href: `${base}${fileName}`, crossorigin: '' }, injectTo: 'head' });
    }
    return tags;
  },
};

export default defineConfig({
  plugins: [react(), mapsApiPlugin(), collectStartupModules, startEarly, compileHints],
  resolve: {
    // zustand/traditional (React Flow's store) imports use-sync-external-store's shim for React < 18; React 19 has the hook.
    alias: [{ find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/, replacement: 'use-sync-external-store/with-selector' }],
  },
  // Only this app's pages may read what the servers answer (no CORS; the maps plugin's guard refuses other pages and
  // the maps/ path), and allowedHosts stays at its default so a rebinding host name is refused.
  server: {
    host: '127.0.0.1',
    port: 5173,
    open: process.env.CI ? false : '/',
    cors: false,
    // The dev server serves the files the page loads and nothing else of the project (no package.json, maps/, docs…).
    fs: { strict: true, allow: ['index.html', 'src', 'public', 'node_modules'], deny: DEV_SERVER_DENY },
  },
  preview: { host: '127.0.0.1', port: 4173, cors: false },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // React Flow's unused components (MiniMap, NodeResizer…) are `memo(…)` calls without a pure annotation, so they stayed in.
      treeshake: { manualPureFunctions: ['memo'] },
      output: {
        codeSplitting: {
          groups: [
            { name: 'index', test: (id: string) => startupModules.has(id) },
            { name: 'renderApp', test: (id: string) => appModules.has(id) },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
