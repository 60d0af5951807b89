// Hands back last time's node and edge objects for elements whose content did not change, so an edit re-renders only what it touched.
import type { FlowElements } from './mapToFlow.ts';

/** Structural equality of the plain data mapToFlow and withStanding build (objects, arrays, primitives). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function reuse<T extends { id: string }>(previous: readonly T[], next: T[]): T[] {
  const before = new Map(previous.map((element) => [element.id, element]));
  let changed = previous.length !== next.length;
  const out = next.map((element, i) => {
    const old = before.get(element.id);
    const kept = old && sameValue(old, element) ? old : element;
    if (kept !== previous[i]) changed = true;
    return kept;
  });
  return changed ? out : (previous as T[]);
}

/**
 * `next` with every node and edge that equals the one of the same id in `previous` replaced by that object
 * (and the arrays themselves kept when nothing changed). React Flow then keeps its internal node for them,
 * and the memoised claim and relation components skip them: at 1,000 claims an edit of one claim no
 * longer re-renders every claim in view.
 */
export function reuseUnchanged(previous: FlowElements, next: FlowElements): FlowElements {
  const nodes = reuse(previous.nodes, next.nodes);
  const edges = reuse(previous.edges, next.edges);
  return nodes === previous.nodes && edges === previous.edges ? previous : { nodes, edges };
}
