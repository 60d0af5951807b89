// `tsx src/scripts/checkSharedData.ts REPORT.json`: after the unit tests, says how many checks on ../shared ran; exits 1 when CI requires them and one did not pass.
import { readFileSync } from 'node:fs';
import { sharedDataRequired } from '../testing/sharedData.ts';
import { sharedDataVerdict, type UnitReport } from '../testing/sharedDataReport.ts';

const [reportFile] = process.argv.slice(2);
if (!reportFile) {
  console.error('usage: tsx src/scripts/checkSharedData.ts VITEST-REPORT.json');
  process.exit(2);
}
const verdict = sharedDataVerdict(JSON.parse(readFileSync(reportFile, 'utf8')) as UnitReport, sharedDataRequired());
for (const line of verdict.lines) (verdict.ok ? console.log : console.error)(line);
process.exitCode = verdict.ok ? 0 : 1;
