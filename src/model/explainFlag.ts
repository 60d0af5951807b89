// The "Why?" of a computed flag: each reason path written out as one sentence with the claims' labels.
import { indexClaims } from './claimIndex.ts';
import type { Flag, FlagKind, ReasonPath } from './evaluateMap.ts';
import type { ArgumentMap } from './schema.ts';

/** One line per reason, e.g. "rests on: US belief … (refuted) → motivates → NSC 68 buildup". */
export function explainFlag(map: ArgumentMap, flag: Flag): string[] {
  return flag.paths.map((path) => explainPath(map, flag.kind, path));
}

export function explainPath(map: ArgumentMap, kind: FlagKind, path: ReasonPath): string {
  const index = indexClaims(map);
  const label = (id: string): string => index.byId.get(id)?.label ?? id;
  const status = (id: string): string => index.byId.get(id)?.status ?? 'missing';
  const first = path.claimIds[0] ?? '';
  if (path.links.length === 0) return `marked refuted, but nothing refutes it: ${label(first)}`;

  let chain = `${label(first)} (${status(first)})`;
  path.links.forEach((link, i) => {
    chain += ` → ${link.relation} → ${label(path.claimIds[i + 1] ?? '')}`;
  });
  switch (kind) {
    case 'restsOnMiscalculation':
      return `rests on: ${chain}`;
    case 'unsupported':
      return `its support is refuted: ${chain}`;
    case 'inTension':
      return `marked supported, but refuted by a supported claim: ${chain}`;
    case 'broken':
      return `broken: ${chain}`;
  }
}
