// Reads Vitest's JSON report for the tests on shared data: how many ran, and whether CI's requirement that they all ran is met.

interface ReportedTest {
  fullName: string;
  status: string;
  meta?: { sharedData?: string };
}

export interface UnitReport {
  testResults: { assertionResults: ReportedTest[] }[];
}

export interface SharedDataVerdict {
  ok: boolean;
  lines: string[];
}

/**
 * Counts the tests tagged with shared data (see sharedDataTests.ts). When `required`, every one must have passed and
 * there must be at least one: a skipped, failed or missing check means the run did not check what CI must check.
 */
export function sharedDataVerdict(report: UnitReport, required: boolean): SharedDataVerdict {
  const tests = report.testResults.flatMap((file) => file.assertionResults).filter((test) => test.meta?.sharedData);
  const count = (status: string) => tests.filter((test) => test.status === status).length;
  const notPassed = tests.filter((test) => test.status !== 'passed');
  const lines = [`Checks on the shared data: ${count('passed')} passed, ${count('failed')} failed, ${notPassed.length - count('failed')} skipped`];
  if (!required) return { ok: true, lines };
  const problems = [
    ...(tests.length === 0 ? ['no test on the shared data was found'] : []),
    ...notPassed.map((test) => `${test.status}: ${test.fullName} (${test.meta?.sharedData})`),
  ];
  if (problems.length > 0) lines.push('CAUSEWAY_REQUIRE_SHARED=1, but these checks did not pass:', ...problems.map((p) => `  ${p}`));
  return { ok: problems.length === 0, lines };
}
