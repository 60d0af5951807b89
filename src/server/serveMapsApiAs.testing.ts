// Test support: `node --import tsx serveMapsApiAs.testing.ts DIR UID GID` serves the maps API over DIR as another user.
//
// Started as root, it loads every module first and only then drops to UID/GID, before it touches DIR. A child
// started as that user from the outset would need to read node_modules and the sources itself, which it cannot
// where the clone sits in a private folder (e.g. under /root, mode 700).
import path from 'node:path';
import { startMapsApiServer } from './mapsApiServer.ts';

const [dir, uid, gid] = process.argv.slice(2);
const { setgroups, setgid, setuid } = process;
if (!dir || !uid || !gid || !setgroups || !setgid || !setuid) {
  process.stderr.write('usage (POSIX only): node --import tsx src/server/serveMapsApiAs.testing.ts DIR UID GID\n');
  process.exit(2);
}
setgroups([]);
setgid(Number(gid));
setuid(Number(uid));
const running = await startMapsApiServer({ dir: path.resolve(dir), port: 0 });
process.stdout.write(`${running.url}\n`);
