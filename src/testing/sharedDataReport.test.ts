import { describe, expect, it } from 'vitest';
import { sharedDataVerdict, type UnitReport } from './sharedDataReport.ts';

const SEED = 'seed/paper.txt';
const report = (...tests: { fullName: string; status: string; meta?: { sharedData?: string } }[]): UnitReport => ({
  testResults: [{ assertionResults: tests }],
});
const plain = { fullName: 'lays out a chain', status: 'passed', meta: {} };

describe('sharedDataVerdict', () => {
  it('counts the checks on shared data and accepts anything when they are not required', () => {
    const verdict = sharedDataVerdict(report(plain, { fullName: 'quotes the paper', status: 'skipped', meta: { sharedData: SEED } }), false);
    expect(verdict).toEqual({ ok: true, lines: ['Checks on the shared data: 0 passed, 0 failed, 1 skipped'] });
  });

  it('passes a required run where every check on shared data passed', () => {
    const verdict = sharedDataVerdict(report(plain, { fullName: 'quotes the paper', status: 'passed', meta: { sharedData: SEED } }), true);
    expect(verdict).toEqual({ ok: true, lines: ['Checks on the shared data: 1 passed, 0 failed, 0 skipped'] });
  });

  it('fails a required run where a check was skipped, and names it', () => {
    const verdict = sharedDataVerdict(
      report({ fullName: 'quotes the paper', status: 'passed', meta: { sharedData: SEED } }, { fullName: 'reads the samples', status: 'skipped', meta: { sharedData: 'samples' } }),
      true,
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.lines.at(-1)).toBe('  skipped: reads the samples (samples)');
  });

  it('fails a required run with no check on shared data at all', () => {
    const verdict = sharedDataVerdict(report(plain), true);
    expect(verdict.ok).toBe(false);
    expect(verdict.lines).toContain('  no test on the shared data was found');
  });
});
