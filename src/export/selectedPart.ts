// The part of a map a selection covers: the chosen claims and only the relations between two of them.
import type { ArgumentMap } from '../model/schema.ts';

export function selectedPart(map: ArgumentMap, selection: Iterable<string> | undefined): ArgumentMap {
  if (!selection) return map;
  const chosen = new Set(selection);
  const nodes = map.nodes.filter((claim) => chosen.has(claim.id));
  const kept = new Set(nodes.map((claim) => claim.id));
  const edges = map.edges.filter((relation) => kept.has(relation.source) && kept.has(relation.target));
  // Story steps of claims left out would make the exported file invalid.
  return { ...map, nodes, edges, ...(map.story ? { story: map.story.filter((step) => kept.has(step.id)) } : {}) };
}
