// A Chromium with a profile on disk that a test can kill outright and start again, as a crash or a power cut leaves it.
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './findChromium.ts';

export async function launchProfile(userDataDir: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    baseURL,
    viewport: { width: 1400, height: 900 },
  });
}

/** The browser process (not its renderers or helpers) started on this profile: found by its own user-data-dir. */
function browserProcess(userDataDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((arg) => arg.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no browser runs on the profile ${userDataDir}`);
}

/** Kills the profile's browser with SIGKILL: no unload handler runs, nothing is flushed. */
export async function killProfile(context: BrowserContext, userDataDir: string): Promise<void> {
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  process.kill(browserProcess(userDataDir), 'SIGKILL');
  await closed;
}
