// The `data-flags` value of a claim node: its flag kinds in kebab case, space-separated, for tests and styles.
import type { ClaimFlagKind } from '../model/evaluateMap.ts';

const WORDS: Readonly<Record<ClaimFlagKind, string>> = {
  restsOnMiscalculation: 'rests-on-miscalculation',
  unsupported: 'unsupported',
  inTension: 'in-tension',
};

export function flagsAttribute(flags: readonly ClaimFlagKind[] | undefined): string {
  return (flags ?? []).map((flag) => WORDS[flag]).join(' ');
}
