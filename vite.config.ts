// Vite builds and serves the app (with the maps API); Vitest runs the unit tests beside the code.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { mapsApiPlugin } from './src/server/mapsApiPlugin';

export default defineConfig({
  plugins: [react(), mapsApiPlugin()],
  server: { host: '127.0.0.1', port: 5173, open: process.env.CI ? false : '/' },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
