// Test support: the seed map loaded through the real load gate, for tests that check behaviour on the paper's argument.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMap } from './parseMap.ts';
import { formatProblem } from './problems.ts';
import type { ArgumentMap } from './schema.ts';

export const SEED_MAP_FILE = path.resolve('maps', 'korean-war-escalation.json');

export function loadSeedMap(): ArgumentMap {
  const result = parseMap(readFileSync(SEED_MAP_FILE, 'utf8'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.map;
}
