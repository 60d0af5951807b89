// `npm run bench -- --keep-shape`: how far Auto layout moves the claims an edit did not touch, over random small edits.
import { layoutMap } from '../../layout/layoutMap.ts';
import { seededRandom } from '../../layout/seededRandom.ts';
import { shapeChange } from '../../layout/shapeKept.ts';
import { addClaim, deleteClaims } from '../../model/edits/claimEdits.ts';
import { addRelation, updateRelation } from '../../model/edits/relationEdits.ts';
import { RELATIONS, type ArgumentMap } from '../../model/schema.ts';

export interface KeepShapeRow {
  map: string;
  claims: number;
  edits: number;
  /** Share of untouched claims moved more than a box width, per edit: median, 90th percentile, worst. */
  p50: number;
  p90: number;
  max: number;
  /** Edits that moved at most 10 % of the untouched claims (the target: all of them). */
  withinTarget: number;
}

interface Edit {
  map: ArgumentMap;
  /** Claims the edit itself changed: the new one and its link's other end, a deleted claim's neighbours, a relation's ends. */
  touched: Set<string>;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** One of the small edits: add a claim and a link, delete a claim, or change a relation's kind. */
function randomEdit(map: ArgumentMap, random: () => number): Edit | undefined {
  const choice = random();
  if (choice < 1 / 3) {
    const anchor = pick(map.nodes, random);
    const added = addClaim(map, { label: `New claim ${Math.floor(random() * 1e6)}` });
    if (!added.ok) return undefined;
    const linked = addRelation(added.map, { source: anchor.id, target: added.id, relation: 'causes' });
    return linked.ok ? { map: linked.map, touched: new Set([added.id, anchor.id]) } : undefined;
  }
  if (choice < 2 / 3) {
    const gone = pick(map.nodes, random);
    const neighbours = map.edges.filter((e) => e.source === gone.id || e.target === gone.id).flatMap((e) => [e.source, e.target]);
    return { map: deleteClaims(map, [gone.id]), touched: new Set([gone.id, ...neighbours]) };
  }
  if (map.edges.length === 0) return undefined;
  const edge = pick(map.edges, random);
  const kind = pick(RELATIONS.filter((r) => r !== edge.relation), random);
  const changed = updateRelation(map, edge.id, { relation: kind });
  return changed.ok ? { map: changed.map, touched: new Set([edge.source, edge.target]) } : undefined;
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export function runKeepShapeBench(maps: { name: string; map: ArgumentMap }[], editsPerMap: number, log: (line: string) => void): KeepShapeRow[] {
  return maps.map(({ name, map }) => {
    const random = seededRandom(97 + map.nodes.length);
    const before = layoutMap(map, { fresh: true });
    const shares: number[] = [];
    while (shares.length < editsPerMap) {
      const edit = randomEdit(map, random);
      if (!edit) continue;
      shares.push(shapeChange(before, layoutMap(edit.map, { fresh: true }), edit.touched).share);
    }
    const sorted = [...shares].sort((a, b) => a - b);
    const row = {
      map: name,
      claims: map.nodes.length,
      edits: shares.length,
      p50: quantile(sorted, 0.5),
      p90: quantile(sorted, 0.9),
      max: sorted[sorted.length - 1] ?? 0,
      withinTarget: shares.filter((share) => share <= 0.1).length,
    };
    log(`keep-shape: ${name} ${JSON.stringify(row)}`);
    return row;
  });
}

const percent = (share: number): string => `${Math.round(share * 100)} %`;

export function keepShapeTable(rows: KeepShapeRow[]): string {
  const lines = rows.map((r) => `| ${r.map} | ${r.claims} | ${r.edits} | ${percent(r.p50)} | ${percent(r.p90)} | ${percent(r.max)} | ${r.withinTarget}/${r.edits} |`);
  return ['| map | claims | edits | moved p50 | p90 | worst | edits ≤ 10 % |', '|---|---|---|---|---|---|---|', ...lines].join('\n');
}
