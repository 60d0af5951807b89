// `npm run fuzz [-- --runs N --seed S]`: the load gate's and the importers' fuzz properties at 100,000 cases (npm test runs 1,000 each).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { argdownFuzzProperties } from '../interchange/argdown/readArgdownFuzz.testing.ts';
import { parserFuzzProperties, runsFor } from '../model/parseMapFuzz.testing.ts';
import { loadSeedMap, SEED_MAP_FILE } from '../model/testSeedMap.ts';
import { aifFuzzProperties } from '../interchange/aif/readAifFuzz.testing.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } } });
const total = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(total) || total < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed S]');
  process.exit(2);
}

const properties = [...parserFuzzProperties(readFileSync(SEED_MAP_FILE, 'utf8')), ...aifFuzzProperties(loadSeedMap())];
const runs = runsFor(properties, total);
console.log(`Fuzzing the map parser and the importers: ${runs.reduce((a, b) => a + b, 0)} cases, seed ${seed}`);
let failed = 0;
properties.forEach(({ name, property }, i) => {
  const started = performance.now();
  const details = fc.check(property, { numRuns: runs[i], seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    failed++;
    console.log(`✗ ${name} (${seconds} s)\n${fc.defaultReportMessage(details)}`);
  } else {
    console.log(`✓ ${name}: ${details.numRuns} cases in ${seconds} s`);
  }
});
// The Argdown importer parses a whole text per case, so it gets a hundredth of the cases.
const argdown = argdownFuzzProperties(loadSeedMap());
const argdownRuns = runsFor(argdown as never, Math.max(argdown.length, Math.round(total / 100)));
for (const [i, { name, property }] of argdown.entries()) {
  const started = performance.now();
  const details = await fc.check(property, { numRuns: argdownRuns[i], seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    failed++;
    console.log(`✗ ${name} (${seconds} s)\n${fc.defaultReportMessage(details)}`);
  } else {
    console.log(`✓ ${name}: ${details.numRuns} cases in ${seconds} s`);
  }
}
console.log(failed === 0 ? 'No failures.' : `${failed} of ${properties.length + argdown.length} properties failed (rerun with --seed ${seed}).`);
process.exit(failed === 0 ? 0 : 1);
