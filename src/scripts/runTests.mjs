// `npm test`: type check, lint, unit and browser tests, then one closing line "N passed, N failed" for both suites.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const out = mkdtempSync(path.join(os.tmpdir(), 'causeway-test-'));
const npx = (args, env = {}) =>
  spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

function hasBrowser() {
  const names = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  if (process.env.CHROMIUM_PATH || names.some((n) => existsSync(n))) return true;
  return spawnSync('sh', ['-c', 'command -v chromium || command -v google-chrome'], { stdio: 'ignore' }).status === 0;
}

function ensureBrowser() {
  if (hasBrowser()) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0) {
    console.log('No Chromium found: installing Debian\'s chromium…');
    spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium'], { stdio: 'inherit' });
  }
  if (!hasBrowser()) {
    console.log('No Chromium found: installing Playwright\'s browser…');
    npx(['playwright', 'install', 'chromium']);
  }
}

let passed = 0;
let failed = 0;
const gate = (name, ok) => {
  if (!ok) {
    console.error(`✗ ${name} failed`);
    failed++;
  }
};

console.log('\n── Type check');
gate('type check', npx(['tsc', '-p', 'tsconfig.json']));
console.log('\n── Lint');
gate('lint', npx(['eslint', '.', '--max-warnings', '0']));

console.log('\n── Unit tests');
const unitJson = path.join(out, 'unit.json');
const unitOk = npx(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
if (existsSync(unitJson)) {
  const report = JSON.parse(readFileSync(unitJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (!unitOk && report.numFailedTests === 0) failed++;
  // Says how many checks on ../shared ran; with CAUSEWAY_REQUIRE_SHARED=1 (CI) a skipped one fails the run.
  gate('checks on the shared data', npx(['tsx', 'src/scripts/checkSharedData.ts', unitJson]));
} else gate('unit tests', false);

console.log('\n── Browser tests');
ensureBrowser();
const e2eJson = path.join(out, 'e2e.json');
const e2eOk = npx(['playwright', 'test'], { E2E_JSON: e2eJson });
if (existsSync(e2eJson)) {
  const { stats } = JSON.parse(readFileSync(e2eJson, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  if (!e2eOk && stats.unexpected === 0) failed++;
} else gate('browser tests', false);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
