// Command line: `tsx src/server/serveMapsApi.ts DIR [PORT]` serves the maps API alone over DIR and prints its URL.
import path from 'node:path';
import { startMapsApiServer } from './mapsApiServer.ts';

const [dir, port] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: tsx src/server/serveMapsApi.ts DIR [PORT]\n');
  process.exit(2);
}
const running = await startMapsApiServer({ dir: path.resolve(dir), port: Number(port ?? 0) });
process.stdout.write(`${running.url}\n`);
