// The reference the benchmark compares against: stock dagre (its own ranker, ordering and cycle breaking), drawn like layoutMap draws.
import { Graph, layout } from '@dagrejs/dagre';
import { inHandle, outHandle, routeBetween, SPACING } from '../../layout/runDagre.ts';
import { sizeClaim } from '../../layout/sizeClaim.ts';
import type { ClaimBox, MapLayout } from '../../layout/types.ts';
import type { ArgumentMap, Direction } from '../../model/schema.ts';

/**
 * Lays the map out with dagre's defaults (network-simplex ranker, its barycentre ordering, depth-first
 * cycle breaking) and the same spacing, sizes and handle convention as layoutMap, so crossings and area
 * compare like for like. A relation dagre reversed (its target ends up upstream) is drawn as a back relation.
 */
export function stockDagreLayout(map: ArgumentMap, direction: Direction): Omit<MapLayout, 'bounds'> {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: direction, marginx: 0, marginy: 0, ...SPACING[direction] });
  g.setDefaultEdgeLabel(() => ({}));
  for (const claim of map.nodes) g.setNode(claim.id, { width: sizeClaim(claim).width, height: sizeClaim(claim).height });
  for (const r of map.edges) g.setEdge(r.source, r.target, { minlen: 1, weight: 1 }, r.id);
  layout(g);
  const claims: Record<string, ClaimBox> = {};
  for (const claim of map.nodes) {
    const node = g.node(claim.id);
    const { width, height, labelLines } = sizeClaim(claim);
    claims[claim.id] = { id: claim.id, x: Math.round((node.x ?? 0) - width / 2), y: Math.round((node.y ?? 0) - height / 2), width, height, labelLines: [...labelLines] };
  }
  const relations: MapLayout['relations'] = {};
  for (const r of map.edges) {
    const source = claims[r.source] as ClaimBox;
    const target = claims[r.target] as ClaimBox;
    const axis = direction === 'TB' ? 'y' : 'x';
    const back = inHandle(target, direction)[axis] < outHandle(source, direction)[axis];
    const bends = (g.edge(r.source, r.target, r.id)?.points ?? []).slice(1, -1);
    relations[r.id] = { id: r.id, points: routeBetween(source, target, bends, direction, back) };
  }
  return { direction, claims, relations };
}
