// Writes a map as AIFdb JSON (nodes, edges, locutions) that OVA and other AIF tools read; Causeway's own fields ride along under "causeway".
import type { ArgumentMap } from '../../model/schema.ts';
import { EXTRAS_KEY, SCHEME_OF } from './aifVocabulary.ts';

/**
 * Claims become I-nodes; each link becomes its own scheme node (RA for supports, causes and motivates with the
 * scheme named, CA for refutes) between its two claims. Node ids are numbers in text, as AIFdb writes them.
 */
export function writeAif(map: ArgumentMap): string {
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  const nodeIdOf = new Map<string, string>();
  let next = 1;
  for (const { label, ...claim } of map.nodes) {
    const nodeID = String(next++);
    nodeIdOf.set(claim.id, nodeID);
    nodes.push({ nodeID, text: label, type: 'I', timestamp: '', [EXTRAS_KEY]: claim });
  }
  let edgeID = 1;
  for (const relation of map.edges) {
    const nodeID = String(next++);
    const scheme = SCHEME_OF[relation.relation];
    const extras = { id: relation.id, relation: relation.relation, ...(relation.label === undefined ? {} : { label: relation.label }), ...(relation.joint === undefined ? {} : { joint: relation.joint }) };
    nodes.push({ nodeID, text: scheme.text, type: scheme.type, timestamp: '', scheme: scheme.text, [EXTRAS_KEY]: extras });
    edges.push({ edgeID: String(edgeID++), fromID: nodeIdOf.get(relation.source), toID: nodeID, formEdgeID: null });
    edges.push({ edgeID: String(edgeID++), fromID: nodeID, toID: nodeIdOf.get(relation.target), formEdgeID: null });
  }
  const extras = { meta: map.meta, ...(map.layout ? { layout: map.layout } : {}), ...(map.story ? { story: map.story } : {}) };
  return `${JSON.stringify({ nodes, edges, locutions: [], [EXTRAS_KEY]: extras }, null, 2)}\n`;
}
