// Fuzzing the Argdown importer (200 cases here; `npm run fuzz` runs its share of 100,000): never a throw or pollution.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { runsFor } from '../../model/parseMapFuzz.testing.ts';
import { loadSeedMap } from '../../model/testSeedMap.ts';
import { argdownFuzzProperties } from './readArgdownFuzz.testing.ts';

const properties = argdownFuzzProperties(loadSeedMap());
const runs = runsFor(properties as never, 200);

describe('readArgdown under fuzzing', () => {
  properties.forEach(({ name, property }, i) => {
    it(name, async () => {
      await fc.assert(property, { numRuns: runs[i] });
    }, 120_000);
  });
});
