// The layout part of the benchmark: layout time and quality (crossings, area) per map size and extreme shape, against stock dagre.
import { countCrossings } from '../../layout/countCrossings.ts';
import { generateMap } from '../../layout/generateMap.ts';
import { generateShape, SHAPES } from '../../layout/generateShape.ts';
import { layoutMap } from '../../layout/layoutMap.ts';
import { forgetSizes } from '../../layout/sizeClaim.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { stockDagreLayout } from './stockDagreLayout.ts';
import { medianOf } from './timing.ts';

export interface LayoutRow {
  map: string;
  claims: number;
  relations: number;
  runs: number;
  wallMs: number;
  cpuMs: number;
  crossings: number;
  /** Drawing area (bounds) in million px². */
  areaMpx: number;
  stock?: { runs: number; wallMs: number; cpuMs: number; crossings: number; areaMpx: number };
}

export interface LayoutBenchOptions {
  sizes: readonly number[];
  /** Size of the extreme shapes (a chain, a deep tree, dense, cyclic; see generateShape), or null to leave them out. */
  shapeSize: number | null;
  /** The seed map, or null to leave it out. */
  seed: ArgumentMap | null;
  /** Largest size stock dagre is also run on (it takes tens of seconds at 1,000 claims). */
  stockUpTo: number;
  direction: 'TB' | 'LR';
}

/** Small maps get a long warm-up: with a handful of runs the JIT is still compiling dagre, which the app does once. */
const runsFor = (claims: number): { runs: number; warmup: number } =>
  claims <= 50 ? { runs: 41, warmup: 60 } : claims <= 150 ? { runs: 9, warmup: 4 } : claims <= 500 ? { runs: 5, warmup: 1 } : { runs: 3, warmup: 1 };

const area = (b: { width: number; height: number }): number => Math.round((b.width * b.height) / 1e4) / 100;

function bounds(points: { x: number; y: number }[]): { width: number; height: number } {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

export function benchLayout(name: string, map: ArgumentMap, options: LayoutBenchOptions, log: (line: string) => void): LayoutRow {
  const { runs, warmup } = runsFor(map.nodes.length);
  // Cold, as when a map is opened: no remembered layout (`fresh`) and no remembered claim sizes.
  const ours = medianOf(
    () => {
      forgetSizes();
      return layoutMap(map, { direction: options.direction, fresh: true });
    },
    runs,
    warmup,
  );
  const row: LayoutRow = {
    map: name,
    claims: map.nodes.length,
    relations: map.edges.length,
    runs,
    wallMs: round(ours.timing.wallMs),
    cpuMs: round(ours.timing.cpuMs),
    crossings: countCrossings(ours.result),
    areaMpx: area(ours.result.bounds),
  };
  if (map.nodes.length <= options.stockUpTo) {
    log(`  stock dagre on ${name}…`);
    const stockRuns = map.nodes.length <= 150 ? runs : 1;
    let stock;
    try {
      stock = medianOf(() => stockDagreLayout(map, options.direction), stockRuns, map.nodes.length <= 150 ? warmup : 0);
    } catch (error) {
      // Stock dagre's recursive steps overflow the stack on deep maps (a 3,000-claim chain): say so, keep our row.
      log(`  stock dagre failed on ${name}: ${error instanceof Error ? error.message : String(error)}`);
      return row;
    }
    const corners = Object.values(stock.result.claims).flatMap((b) => [{ x: b.x, y: b.y }, { x: b.x + b.width, y: b.y + b.height }]);
    const points = Object.values(stock.result.relations).flatMap((r) => r.points);
    row.stock = {
      runs: stockRuns,
      wallMs: round(stock.timing.wallMs),
      cpuMs: round(stock.timing.cpuMs),
      crossings: countCrossings(stock.result),
      areaMpx: area(bounds([...corners, ...points])),
    };
  }
  return row;
}

const round = (ms: number): number => (ms < 10 ? Math.round(ms * 100) / 100 : Math.round(ms));

export function runLayoutBench(options: LayoutBenchOptions, log: (line: string) => void): LayoutRow[] {
  const rows: LayoutRow[] = [];
  if (options.seed) {
    log('layout: seed map…');
    rows.push(benchLayout('seed', options.seed, options, log));
  }
  for (const size of options.sizes) {
    log(`layout: ${size} claims…`);
    rows.push(benchLayout(`generated-${size}`, generateMap({ size }), options, log));
  }
  const shapeSize = options.shapeSize;
  if (shapeSize !== null)
    for (const shape of SHAPES) {
      log(`layout: ${shape} of ${shapeSize} claims…`);
      rows.push(benchLayout(`${shape}-${shapeSize}`, generateShape(shape, shapeSize), options, log));
    }
  return rows;
}
