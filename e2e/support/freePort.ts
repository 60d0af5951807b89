// Finds two free neighbouring TCP ports on 127.0.0.1, synchronously: Playwright loads its config without awaiting.
import { execFileSync } from 'node:child_process';

/** Run in a short-lived Node child: listens on port 0, then on the next port, and prints the first if both were free. */
const FIND_PAIR = `
const net = require('node:net');
const listen = (port) => new Promise((resolve) => {
  const server = net.createServer();
  server.once('error', () => resolve(null));
  server.listen(port, '127.0.0.1', () => resolve(server));
});
(async () => {
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = await listen(0);
    const port = first.address().port;
    const second = port < 65535 ? await listen(port + 1) : null;
    first.close();
    second?.close();
    if (second) return process.stdout.write(String(port));
  }
  process.exit(1);
})();
`;

/** A port P such that P and P + 1 were both free a moment ago (the caller binds them soon after). */
export function freePortPair(): number {
  return Number(execFileSync(process.execPath, ['-e', FIND_PAIR], { encoding: 'utf8' }));
}
