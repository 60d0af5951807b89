// Entry point of `npm run export`: map files in, SVG/PNG/PDF/JSON files out, no browser needed.
import { runExport } from './runExport.ts';

process.exitCode = await runExport(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
