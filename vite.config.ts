// Vite builds and serves the app (with the maps API); Vitest runs the unit tests beside the code.
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { mapsApiPlugin } from './src/server/mapsApiPlugin.ts';

/** Every module the page loads before it starts (the entry and what it imports statically), filled in before chunking. */
const startupModules = new Set<string>();

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
    startupModules.clear();
    const pending = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
    while (pending.length > 0) {
      const id = pending.pop() as string;
      if (startupModules.has(id)) continue;
      startupModules.add(id);
      pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
    }
  },
};

export default defineConfig({
  plugins: [react(), mapsApiPlugin(), collectStartupModules],
  server: { host: '127.0.0.1', port: 5173, open: process.env.CI ? false : '/' },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', test: (id: string) => startupModules.has(id) }] } } },
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
