// Fuzzing the AIF reader (1,000 cases here; `npm run fuzz` runs it with the load gate's properties).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { runsFor } from '../../model/parseMapFuzz.testing.ts';
import { loadSeedMap } from '../../model/testSeedMap.ts';
import { aifFuzzProperties } from './readAifFuzz.testing.ts';

const properties = aifFuzzProperties(loadSeedMap());
const runs = runsFor(properties, 1000);

describe('the AIF reader under fuzzing', () => {
  properties.forEach(({ name, property }, i) => {
    it(name, { timeout: 60_000 }, () => {
      fc.assert(property, { numRuns: runs[i] });
    });
  });
});
