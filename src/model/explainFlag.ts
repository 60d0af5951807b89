// The "Why?" of a computed flag: each reason path written out as one sentence with the claims' labels, and what the flag's extent and joint groups mean.
import { indexClaims, relationsIn } from './claimIndex.ts';
import type { Flag, FlagExtent, FlagKind, PathLink, ReasonPath } from './evaluateMap.ts';
import type { ArgumentMap } from './schema.ts';

export const FLAG_TITLES: Readonly<Record<FlagKind, string>> = {
  restsOnMiscalculation: 'Rests on a miscalculation',
  unsupported: 'Unsupported',
  inTension: 'In tension',
  broken: 'Broken link',
};

const EXTENT_WORDS: Readonly<Record<FlagExtent, string>> = { partly: 'Partly', wholly: 'Wholly' };

/** The flag's title with its extent in front ("Partly: Miscalculation"), whatever words name the flag. */
export function flagTitle(flag: Flag, words: string = FLAG_TITLES[flag.kind]): string {
  return flag.extent ? `${EXTENT_WORDS[flag.extent]}: ${words}` : words;
}

/** One line per reason, e.g. "rests on: US belief … (refuted) → motivates → NSC 68 buildup"; then, when partly, one per surviving cause. */
export function explainFlag(map: ArgumentMap, flag: Flag): string[] {
  const lines = flag.paths.map((path) => explainPath(map, flag.kind, path));
  for (const path of flag.surviving ?? []) lines.push(`still stands: ${chainOf(map, path)}`);
  return lines;
}

/**
 * The rule behind the flag in one sentence, saying whether it fell wholly or partly, and whether by a joint group
 * (which falls with any one member) or by separate reasons (which fall only all together); undefined where the
 * reasons say it all.
 */
export function explainRule(flag: Flag): string | undefined {
  const joint = flag.paths.some((path) => path.links.some((link) => link.joint));
  switch (flag.kind) {
    case 'restsOnMiscalculation':
      if (flag.extent === 'wholly') return 'Wholly: every cause and motive of it falls with refuted assumptions (a joint group falls when any one member does).';
      if (flag.extent === 'partly') {
        const count = flag.surviving?.length ?? 0;
        return `Partly: ${count === 1 ? 'one cause or motive of it still stands' : `${count} causes or motives of it still stand`}, listed below.`;
      }
      return undefined;
    case 'unsupported':
      return joint
        ? 'Every support has fallen: a separate support when it is refuted, a joint group when any one of its members is.'
        : 'Every one of its separate supports is refuted (separate reasons fall only when all of them do).';
    case 'broken':
      return joint ? 'Its joint group falls: a joint group holds only together, and one member’s source is refuted.' : undefined;
    case 'inTension':
      return undefined;
  }
}

export function explainPath(map: ArgumentMap, kind: FlagKind, path: ReasonPath): string {
  const first = path.claimIds[0] ?? '';
  if (path.links.length === 0) return `marked refuted, but nothing refutes it: ${labelIn(map, first)}`;
  const chain = chainOf(map, path);
  const group = path.links.length === 1 ? path.links[0]?.joint : undefined;
  switch (kind) {
    case 'restsOnMiscalculation':
      return `rests on: ${chain}`;
    case 'unsupported':
      return group ? `its joint support ‘${group}’ falls when any member is refuted: ${chain}` : `its support is refuted: ${chain}`;
    case 'inTension':
      return `marked supported, but refuted by a supported claim: ${chain}`;
    case 'broken':
      return group ? `broken with its joint group ‘${group}’: ${chain}` : `broken: ${chain}`;
  }
}

/** "A (refuted) → causes, jointly with “B” → C": a link in a joint group names the group's other sources. */
function chainOf(map: ArgumentMap, path: ReasonPath): string {
  const first = path.claimIds[0] ?? '';
  let chain = `${labelIn(map, first)} (${indexClaims(map).byId.get(first)?.status ?? 'missing'})`;
  path.links.forEach((link, i) => {
    chain += ` → ${link.relation}${jointWords(map, link, path.claimIds[i + 1] ?? '')} → ${labelIn(map, path.claimIds[i + 1] ?? '')}`;
  });
  return chain;
}

function jointWords(map: ArgumentMap, link: PathLink, target: string): string {
  if (!link.joint) return '';
  const partners = relationsIn(indexClaims(map), target).filter((relation) => relation.joint === link.joint && relation.id !== link.relationId);
  const names = partners.map((relation) => `“${labelIn(map, relation.source)}”`);
  return names.length > 0 ? `, jointly with ${names.join(' and ')}` : '';
}

function labelIn(map: ArgumentMap, id: string): string {
  return indexClaims(map).byId.get(id)?.label ?? id;
}

/** Why a link is drawn broken, in words for its accessible name and the outline. */
export function brokenReason(flag: Flag, relationId: string): string {
  return flag.paths.some((path) => path.links[0]?.relationId === relationId) ? 'its source is refuted' : 'its joint group falls: another member’s source is refuted';
}
