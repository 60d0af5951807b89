// Runs a real Vitest on the seed map's fidelity check (a nested run takes seconds) with the shared data absent, required, present.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedMap } from '../model/testSeedMap.ts';
import { REPO_ROOT } from './sharedData.ts';
import { sharedDataVerdict, type UnitReport } from './sharedDataReport.ts';

const FIDELITY = 'quotes the paper verbatim';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'causeway-shared-run-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function runFidelityCheck(sharedDir: string, required: boolean) {
  const report = path.join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const args = ['vitest', 'run', 'src/model/seedMap.test.ts', '-t', FIDELITY, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const env = { ...process.env, CAUSEWAY_SHARED_DIR: sharedDir, CAUSEWAY_REQUIRE_SHARED: required ? '1' : '' };
  const done = await promisify(execFile)('npx', args, { cwd: REPO_ROOT, env }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  const unit = JSON.parse(await readFile(report, 'utf8')) as UnitReport;
  const check = unit.testResults.flatMap((file) => file.assertionResults).find((test) => test.fullName.includes(FIDELITY));
  return { code: done.code, output: `${done.stdout}${done.stderr}`, status: check?.status, unit };
}

describe('tests on the shared data', { timeout: 120_000 }, () => {
  it('skip with the printed reason where the data is absent, and fail a run that requires it', async () => {
    const absent = path.join(dir, 'nothing-here');
    const skipped = await runFidelityCheck(absent, false);
    expect(skipped).toMatchObject({ code: 0, status: 'skipped' });
    expect(skipped.output).toContain(`skipped "${FIDELITY} in every source of every node": ${path.join(absent, 'seed')}`);
    expect(sharedDataVerdict(skipped.unit, true).ok).toBe(false);

    const required = await runFidelityCheck(absent, true);
    expect(required).toMatchObject({ code: 1, status: 'failed' });
    expect(required.output).toContain('CAUSEWAY_REQUIRE_SHARED=1 requires it');
  });

  it('run on the data where it is present', async () => {
    const shared = path.join(dir, 'shared');
    await mkdir(path.join(shared, 'seed'), { recursive: true });
    const quotes = loadSeedMap().nodes.flatMap((claim) => claim.sources.map((source) => source.quote));
    const paper = path.join(shared, 'seed', 'wells-2009-korean-war-miscalculation.txt');
    await writeFile(paper, quotes.join('\n'));
    const passed = await runFidelityCheck(shared, true);
    expect(passed).toMatchObject({ code: 0, status: 'passed' });
    expect(sharedDataVerdict(passed.unit, true).ok).toBe(true);
  });
});
