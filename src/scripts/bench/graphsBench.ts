// `npm run bench -- --graphs`: Causeway's layout beside Graphviz dot on the benchmark graphs — crossings, area and time per graph and per set.
import { layoutMap } from '../../layout/layoutMap.ts';
import type { MapLayout } from '../../layout/types.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { readBenchGraphs, type BenchGraph } from './benchGraphs.ts';
import { dotLayout, startDot, type DrawnLayout } from './dotLayout.ts';
import { countDrawnCrossings } from './drawnCrossings.ts';
import { medianOf } from './timing.ts';

export interface Measured {
  crossings: number;
  /** Drawing area in million px². */
  areaMpx: number;
  /** Median CPU time of a layout: on a shared machine wall time swung 2–7× between runs of the same code, CPU time far less. */
  ms: number;
}

export interface GraphRow {
  name: string;
  set: string;
  nodes: number;
  edges: number;
  causeway: Measured;
  dot: Measured;
}

/** Causeway's drawing as the counter reads any drawing: each relation's route between its claims. */
export function drawnCauseway(map: ArgumentMap, layout: MapLayout): DrawnLayout {
  const edges = map.edges.map((r) => ({ source: r.source, target: r.target, points: layout.relations[r.id]?.points ?? [] }));
  return { edges, width: layout.bounds.width, height: layout.bounds.height };
}

const area = (d: DrawnLayout): number => Math.round((d.width * d.height) / 1e4) / 100;
const round = (ms: number): number => (ms < 10 ? Math.round(ms * 100) / 100 : Math.round(ms * 10) / 10);
/** Few runs: 129 graphs, two layouts each, on a shared machine; the median of five steadies small graphs. */
const runsFor = (nodes: number): { runs: number; warmup: number } => (nodes <= 150 ? { runs: 5, warmup: 2 } : { runs: 3, warmup: 1 });

export function measureGraph(graph: BenchGraph): GraphRow {
  const { runs, warmup } = runsFor(graph.map.nodes.length);
  const ours = medianOf(() => layoutMap(graph.map, { direction: 'TB', fresh: true }), runs, warmup);
  const dot = medianOf(() => dotLayout(graph.map), runs, warmup);
  const drawn = drawnCauseway(graph.map, ours.result);
  return {
    name: graph.name,
    set: graph.set,
    nodes: graph.map.nodes.length,
    edges: graph.map.edges.length,
    causeway: { crossings: countDrawnCrossings(drawn.edges), areaMpx: area(drawn), ms: round(ours.timing.cpuMs) },
    dot: { crossings: countDrawnCrossings(dot.result.edges), areaMpx: area(dot.result), ms: round(dot.timing.cpuMs) },
  };
}

/** The limit for one graph: no graph of up to 100 nodes with more than twice dot's crossings plus two. */
export const overLimit = (row: GraphRow): boolean => row.nodes <= 100 && row.causeway.crossings > 2 * row.dot.crossings + 2;

function table(rows: readonly GraphRow[]): string {
  const header = ['set', 'graph', 'nodes', 'edges', 'crossings', 'dot crossings', 'area Mpx²', 'dot area', 'cpu ms', 'dot cpu ms', ''];
  const lines = rows.map((r) => [r.set, r.name, r.nodes, r.edges, r.causeway.crossings, r.dot.crossings, r.causeway.areaMpx, r.dot.areaMpx, r.causeway.ms, r.dot.ms, overLimit(r) ? '> 2×dot+2' : ''].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const row = (cells: string[]): string => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ')} |`;
  return [row(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(row)].join('\n');
}

export interface SetTotal {
  set: string;
  graphs: number;
  causeway: Measured;
  dot: Measured;
  overLimit: string[];
}

export function totals(rows: readonly GraphRow[]): SetTotal[] {
  const sets = [...new Set(rows.map((r) => r.set))];
  const sum = (list: readonly GraphRow[], pick: (r: GraphRow) => number): number => Math.round(list.reduce((s, r) => s + pick(r), 0) * 100) / 100;
  return sets.map((set) => {
    const list = rows.filter((r) => r.set === set);
    return {
      set,
      graphs: list.length,
      causeway: { crossings: sum(list, (r) => r.causeway.crossings), areaMpx: sum(list, (r) => r.causeway.areaMpx), ms: sum(list, (r) => r.causeway.ms) },
      dot: { crossings: sum(list, (r) => r.dot.crossings), areaMpx: sum(list, (r) => r.dot.areaMpx), ms: sum(list, (r) => r.dot.ms) },
      overLimit: list.filter(overLimit).map((r) => r.name),
    };
  });
}

const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');

/** Runs the graphs bench (`only`: graph names to keep); prints the table and totals. Null when the graphs are absent. */
export async function runGraphsBench(only: readonly string[], log: (line: string) => void): Promise<{ rows: GraphRow[]; totals: SetTotal[] } | null> {
  const graphs = readBenchGraphs();
  if (typeof graphs === 'string') {
    log(`graphs bench skipped: ${graphs}`);
    return null;
  }
  await startDot();
  const rows: GraphRow[] = [];
  for (const graph of graphs) {
    if (only.length > 0 && !only.includes(graph.name) && !only.includes(graph.set)) continue;
    log(`graphs: ${graph.set}/${graph.name}…`);
    rows.push(measureGraph(graph));
  }
  const sums = totals(rows);
  console.log(table(rows));
  console.log('');
  for (const t of sums) {
    console.log(
      `${t.set} (${t.graphs} graphs): crossings ${t.causeway.crossings} vs dot ${t.dot.crossings} (${ratio(t.causeway.crossings, t.dot.crossings)}), ` +
        `area ${t.causeway.areaMpx} vs ${t.dot.areaMpx} Mpx² (${ratio(t.causeway.areaMpx, t.dot.areaMpx)}), cpu time ${t.causeway.ms} vs ${t.dot.ms} ms (${ratio(t.causeway.ms, t.dot.ms)}); ` +
        `over 2×dot+2: ${t.overLimit.length === 0 ? 'none' : t.overLimit.join(', ')}`,
    );
  }
  return { rows, totals: sums };
}
