// The words of the computed flags: the map names its "rests on a refuted assumption" flag (meta.flagName); the rest are fixed.
import type { ClaimFlagKind, FlagKind } from './evaluateMap.ts';

/** What the flag is called when the map does not name it. */
export const DEFAULT_FLAG_NAME = 'Rests on a refuted assumption';

export interface FlagWords {
  /** The short word on a claim's tag and in the legend: the map's own name for its flag. */
  tags: Readonly<Record<ClaimFlagKind, string>>;
  /** The heading in Why?, the outline and a node's accessible name: the map's name with the rule it stands for. */
  titles: Readonly<Record<FlagKind, string>>;
}

/**
 * The same rule is a miscalculation in one argument and a pretext or a myth in another, so the map's name goes on
 * the tag; the title keeps the rule beside it, so a student reading "Pretext" still learns what flagged the claim.
 */
export function flagWords(flagName: string | undefined): FlagWords {
  const name = flagName?.trim() || DEFAULT_FLAG_NAME;
  const rule = DEFAULT_FLAG_NAME.toLowerCase();
  return {
    tags: { restsOnMiscalculation: name, unsupported: 'Unsupported', inTension: 'In tension' },
    titles: {
      restsOnMiscalculation: name.toLowerCase() === rule ? name : `${name} (${rule})`,
      unsupported: 'Unsupported',
      inTension: 'In tension',
      broken: 'Broken link',
    },
  };
}

/** The words of a map without a name of its own for the flag. */
export const DEFAULT_FLAG_WORDS: FlagWords = flagWords(undefined);
