// How long `npm start` takes to answer with an unchanged build: the whole command, from spawn to the first page served.
import { spawn } from 'node:child_process';

/** One `npm start` on a free port: ms until it printed its address and then answered GET / with the page. */
function timeOneStart(): Promise<number> {
  const started = performance.now();
  // Its own process group, so npm, the shell and the server all stop together.
  const child = spawn('npm', ['start', '--', '--port', '0'], { detached: true, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CI: 'true' } });
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // Already gone.
    }
  };
  // A server that does not stop within 3 s of SIGTERM is killed, so no run leaves one behind.
  const stop = () => {
    signal('SIGTERM');
    const kill = setTimeout(() => signal('SIGKILL'), 3000);
    child.once('exit', () => clearTimeout(kill));
  };
  return new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /serving .* at (http:\/\/\S+)/.exec(out)?.[1];
      if (!url) return;
      child.stdout.removeAllListeners('data');
      fetch(url)
        .then(async (res) => {
          await res.text();
          if (!res.ok) throw new Error(`GET / answered ${res.status}`);
          resolve(Math.round(performance.now() - started));
        })
        .catch(reject)
        .finally(stop);
    });
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${out}`)));
  });
}

/** The first start may build; the next `runs` starts are timed and their median returned. */
export async function runStartBench(runs: number, log: (line: string) => void): Promise<{ medianMs: number; runsMs: number[] }> {
  log('start: one npm start to make sure the build is current');
  await timeOneStart();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) runsMs.push(await timeOneStart());
  const sorted = [...runsMs].sort((a, b) => a - b);
  const medianMs = sorted[Math.floor(sorted.length / 2)] as number;
  log(`start: ${runsMs.join(', ')} ms`);
  return { medianMs, runsMs };
}
