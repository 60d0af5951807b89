// Deterministic maps of extreme shapes at any size (a chain, a deep tree, dense, cyclic), for the layout's depth tests and the bench.
import type { ArgumentMap, Claim, Relation } from '../model/schema.ts';
import { seededRandom } from './seededRandom.ts';

/**
 * - `chain`: one causal chain, each claim causing the next (size − 1 links, `size` layers deep).
 * - `tree`: every claim after the first hangs from one of the three before it, so branches run thousands of
 *   claims deep and fan out (size − 1 links).
 * - `tree-links`: that tree with 40 % more links, each from a claim to one of the four after it (about 1.4
 *   links per claim: 6,999 at 5,000 claims, the map that failed in the browser).
 * - `dense`: every claim linked to two of the next five, the most links the format accepts (2 per claim).
 * - `cyclic`: the chain with a link back every 50 claims and one from the last claim to the first, so
 *   every claim sits on a cycle.
 */
export const SHAPES = ['chain', 'tree', 'tree-links', 'dense', 'cyclic'] as const;
export type Shape = (typeof SHAPES)[number];

/** A map of `size` claims `c0` … in the given shape; the same arguments give the same map. */
export function generateShape(shape: Shape, size: number, seed = 1): ArgumentMap {
  const random = seededRandom(seed * 2654435761 + size);
  const nodes: Claim[] = [];
  for (let i = 0; i < size; i++) nodes.push({ id: `c${i}`, kind: i % 3 === 0 ? 'event' : 'claim', label: `Step ${i + 1} of the ${shape} follows from the one before it`, status: 'unassessed', sources: [] });
  const edges: Relation[] = [];
  const linked = new Set<string>();
  const link = (from: number, to: number): void => {
    const key = `${Math.min(from, to)} ${Math.max(from, to)}`;
    if (from === to || to >= size || linked.has(key)) return;
    linked.add(key);
    edges.push({ id: `r${edges.length}`, source: `c${from}`, target: `c${to}`, relation: 'causes' });
  };
  const parentInTree = (i: number): number => i - 1 - Math.floor(random() * Math.min(i, 3));
  if (shape === 'chain' || shape === 'cyclic') for (let i = 1; i < size; i++) link(i - 1, i);
  if (shape === 'cyclic') {
    for (let i = 50; i < size; i += 50) link(i, i - 40);
    link(size - 1, 0);
  }
  if (shape === 'tree' || shape === 'tree-links') for (let i = 1; i < size; i++) link(parentInTree(i), i);
  if (shape === 'tree-links') {
    const wanted = Math.round(size * 1.4) - 1;
    for (let attempts = 0; edges.length < wanted && attempts < size * 20; attempts++) {
      const from = Math.floor(random() * size);
      link(from, from + 1 + Math.floor(random() * 4));
    }
  }
  if (shape === 'dense')
    for (let i = 0; i < size; i++) {
      const first = 1 + Math.floor(random() * 5);
      link(i, i + first);
      link(i, i + 1 + ((first + Math.floor(random() * 4)) % 5));
    }
  return { format: 'causeway-map', version: 1, meta: { title: `Generated ${shape} (${size} claims, seed ${seed})` }, nodes, edges };
}
