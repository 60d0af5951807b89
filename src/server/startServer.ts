// `npm start`: builds the app if its sources changed, then serves it with the maps API on one port and prints the address.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfChanged } from './buildIfChanged.ts';
import { isLoopbackHost, networkAddresses } from './networkAddresses.ts';
import { startProductionServer } from './productionServer.ts';

const USAGE = `usage: npm start -- [--host ADDRESS] [--port PORT]
  --host   where to listen: 127.0.0.1 (default, this computer only) or 0.0.0.0 for a classroom network (or CAUSEWAY_HOST)
  --port   the port (default 5173, or PORT; 0 picks a free one)`;

const { values } = parseArgs({ options: { host: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' } }, strict: true });
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const host = values.host ?? process.env.CAUSEWAY_HOST ?? '127.0.0.1';
const port = Number(values.port ?? process.env.PORT ?? 5173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`The port must be a number from 0 to 65535, not ${JSON.stringify(values.port ?? process.env.PORT)}.\n${USAGE}\n`);
  process.exit(2);
}

const root = process.cwd();
const distDir = path.resolve(process.env.CAUSEWAY_DIST_DIR ?? 'dist');
const mapsDir = path.resolve(process.env.CAUSEWAY_MAPS_DIR ?? 'maps');
const built = await buildIfChanged(root, distDir, async () => {
  process.stdout.write('Building the app (the sources changed since the last build)…\n');
  // Loaded only when a build is needed: Vite and its plugins take most of a second to import.
  const { build } = await import('vite');
  await build({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
});
// Set before anything starts, so a stop asked for during the build or start-up is not lost.
let stopServer: () => Promise<void> = async () => undefined;
const stop = () => void stopServer().finally(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

const exposed = !isLoopbackHost(host);
const students = exposed ? (host === '0.0.0.0' || host === '::' ? networkAddresses() : [host]) : [];
const server = await startProductionServer({ distDir, mapsDir, host, port, allowedHosts: students }).catch((error: NodeJS.ErrnoException) => {
  const why = error.code === 'EADDRINUSE' ? `port ${port} is in use; choose another with --port` : error.message;
  process.stderr.write(`Causeway could not start: ${why}\n`);
  process.exit(1);
});

process.stdout.write(`${built ? 'Built. ' : ''}Causeway is serving ${mapsDir} at ${server.url}\n`);
if (exposed) {
  for (const address of students) process.stdout.write(`  Students on the classroom network open: http://${address}:${server.port}/\n`);
  process.stdout.write(`  Teacher, from another device: http://${students[0] ?? host}:${server.port}/?teacher=${server.gate.secret}\n`);
}
stopServer = server.close;
process.stdout.write('Press Ctrl+C to stop.\n');
