// Which claims a big map reveals next: the order (middle of the window outwards), how many one batch takes, and how the batch size follows the time batches take.
import type { ClaimFlowNode } from '../state/mapToFlow.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Bounds on a batch's size, in claims in view (which are mounted); the first batch's size is FIRST_BATCH. */
export const SMALLEST_BATCH = 4;
export const LARGEST_BATCH = 120;
export const FIRST_BATCH = 12;

function overlaps(node: ClaimFlowNode, view: Box): boolean {
  const { x, y } = node.position;
  return x < view.x + view.width && x + (node.width ?? 0) > view.x && y < view.y + view.height && y + (node.height ?? 0) > view.y;
}

/**
 * What a claim beyond the view costs next to one in it: it is not mounted, only indexed by React Flow and drawn
 * in the minimap (~0.15 ms against ~3 ms, traced at 1,000 claims).
 */
export const BEYOND_VIEW_WEIGHT = 1 / 20;

/**
 * How many of `order` after `from` the next batch takes: claims until their weight reaches `size`, a claim inside
 * `view` weighing 1 (it is mounted, with its links) and one beyond it BEYOND_VIEW_WEIGHT.
 */
export function batchLength(order: readonly string[], from: number, byId: ReadonlyMap<string, ClaimFlowNode>, view: Box, size: number): number {
  let taken = 0;
  let weight = 0;
  while (from + taken < order.length) {
    const node = byId.get(order[from + taken] as string);
    const claimWeight = node && overlaps(node, view) ? 1 : BEYOND_VIEW_WEIGHT;
    if (taken > 0 && weight + claimWeight > size) break;
    weight += claimWeight;
    taken++;
  }
  return taken;
}

/**
 * The next batch's claims in view, from how long the last batch of `size` took from handing it over until its
 * frame was drawn (`spentMs`): scaled towards `budgetMs`, by at most half or double per step, so one slow frame
 * (the machine busy elsewhere) does not swing it far.
 */
export function nextBatchSize(size: number, spentMs: number, budgetMs: number): number {
  const scale = Math.min(2, Math.max(0.5, budgetMs / Math.max(spentMs, 1)));
  return Math.min(LARGEST_BATCH, Math.max(SMALLEST_BATCH, Math.round(size * scale)));
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
