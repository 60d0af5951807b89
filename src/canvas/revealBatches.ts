// Which claims a big map reveals next: the order (middle of the window outwards) and how many one batch takes.
import type { ClaimFlowNode } from '../state/mapToFlow.ts';

/** How many claims a batch may hold: those in view are mounted (with their links), the others only counted. */
export interface BatchSize {
  inView: number;
  total: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(node: ClaimFlowNode, view: Box): boolean {
  const { x, y } = node.position;
  return x < view.x + view.width && x + (node.width ?? 0) > view.x && y < view.y + view.height && y + (node.height ?? 0) > view.y;
}

/** How many of `order` after `from` the next batch takes: up to `size.inView` claims inside `view`, `size.total` in all. */
export function batchLength(order: readonly string[], from: number, nodes: readonly ClaimFlowNode[], view: Box, size: BatchSize): number {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  let taken = 0;
  let inView = 0;
  while (from + taken < order.length && taken < size.total && inView < size.inView) {
    const node = byId.get(order[from + taken] as string);
    if (node && overlaps(node, view)) inView++;
    taken++;
  }
  return taken;
}

/**
 * The middle of the map outwards, measured in the window's proportions: a whole-map layout is fitted (centred)
 * to the window, so the claims in view come first, and those beyond it (not mounted, so cheap) last.
 */
export function revealOrder(nodes: readonly ClaimFlowNode[], aspect: number): string[] {
  if (nodes.length === 0) return [];
  const centre = (node: ClaimFlowNode) => ({ x: node.position.x + (node.width ?? 0) / 2, y: node.position.y + (node.height ?? 0) / 2 });
  const centres = nodes.map(centre);
  const xs = centres.map((c) => c.x);
  const ys = centres.map((c) => c.y);
  const mid = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  const away = centres.map((c) => Math.max(Math.abs(c.x - mid.x) / aspect, Math.abs(c.y - mid.y)));
  return nodes.map((node, i) => ({ id: node.id, away: away[i] as number })).sort((a, b) => a.away - b.away).map((entry) => entry.id);
}
