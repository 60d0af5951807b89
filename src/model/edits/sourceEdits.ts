// Pure edits of a claim's sources: add, change and remove a citation with its quote.
import type { ArgumentMap, SourceRef } from '../schema.ts';
import { updateClaim } from './claimEdits.ts';
import { type EditResult, refuse } from './editResult.ts';

/** `locator` and `url` set to '' or undefined are removed. */
export type SourcePatch = Partial<SourceRef>;

const REMOVABLE = ['locator', 'url'] as const;

function sourcesOf(map: ArgumentMap, claimId: string): SourceRef[] | undefined {
  return map.nodes.find((claim) => claim.id === claimId)?.sources;
}

export function addSource(map: ArgumentMap, claimId: string, source: SourceRef): EditResult<{ index: number }> {
  const sources = sourcesOf(map, claimId);
  if (!sources) return refuse(`There is no node '${claimId}'.`);
  const result = updateClaim(map, claimId, { sources: [...sources, { ...source }] });
  return result.ok ? { ...result, index: sources.length } : result;
}

export function updateSource(map: ArgumentMap, claimId: string, index: number, patch: SourcePatch): EditResult {
  const sources = sourcesOf(map, claimId);
  const current = sources?.[index];
  if (!sources || !current) return refuse(`Node '${claimId}' has no source number ${index + 1}.`);
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if ((REMOVABLE as readonly string[]).includes(key) && (value === undefined || value === '')) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  const updated = sources.slice();
  updated[index] = next as SourceRef;
  return updateClaim(map, claimId, { sources: updated });
}

export function removeSource(map: ArgumentMap, claimId: string, index: number): EditResult {
  const sources = sourcesOf(map, claimId);
  if (!sources || !sources[index]) return refuse(`Node '${claimId}' has no source number ${index + 1}.`);
  return updateClaim(map, claimId, { sources: sources.filter((_, i) => i !== index) });
}
