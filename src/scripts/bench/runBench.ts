// `npm run bench`: the performance benchmark; prints one table and writes it as JSON (test-results/bench/bench.json).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateMap } from '../../layout/generateMap.ts';
import { parseMap } from '../../model/parseMap.ts';
import { argdownTable, runArgdownBench } from './argdownBench.ts';
import { runBrowserBench, type BrowserRow } from './browserBench.ts';
import { runExportBench, type ExportRow } from './exportBench.ts';
import { runGraphsBench } from './graphsBench.ts';
import { interchangeLine, runInterchangeBench } from './interchangeBench.ts';
import { keepShapeTable, runKeepShapeBench } from './keepShapeBench.ts';
import { runLayoutBench, type LayoutRow } from './layoutBench.ts';
import { runServerBench, serverTable } from './serverBench.ts';
import { runStartBench } from './startBench.ts';
import { machine, readCpuTicks, stealPercent } from './timing.ts';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const value = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};

/** `--quick` is CI's smoke run: small sizes only, so the benchmark cannot rot; it asserts nothing. */
const quick = flag('quick');
const sizes = quick ? [20, 100] : [20, 100, 300, 1000, 2000];
/** The extreme shapes at the format's limit (5,000 claims); small in the smoke run, which only keeps them working. */
const shapeSize = quick ? 300 : 5000;
const stockUpTo = Number(value('stock-up-to') ?? (quick ? 100 : 300));
const out = value('out') ?? path.join('test-results', 'bench', 'bench.json');
const direction = value('direction') === 'LR' ? 'LR' : 'TB';
const browserSizes = quick ? [] : [300, 1000];
/** 0: any free port, so two benchmarks (or a benchmark and the browser tests) on one machine never meet. */
const port = Number(value('port') ?? 0);

/**
 * `--graphs` is its own mode: Causeway beside Graphviz dot on the benchmark graphs (`--only name,…` or a set
 * name keeps some), written to test-results/bench/graphs.json. It skips with a reason when the graphs are absent.
 */
if (flag('graphs')) {
  const only = (value('only') ?? '').split(',').filter(Boolean);
  const graphs = await runGraphsBench(only, (line) => console.error(line));
  if (graphs) {
    const graphsOut = value('out') ?? path.join('test-results', 'bench', 'graphs.json');
    mkdirSync(path.dirname(graphsOut), { recursive: true });
    writeFileSync(graphsOut, `${JSON.stringify({ when: new Date().toISOString(), machine: machine(), ...graphs }, null, 2)}\n`);
    console.log(`written to ${graphsOut}`);
  }
  process.exit(0);
}

/** `--interchange` runs the AIF import over the AraucariaDB corpus alone (the default run prints it too). */
if (flag('interchange')) {
  const row = await runInterchangeBench((line) => console.error(line));
  if (row) console.log(interchangeLine(row));
  process.exit(0);
}

const seedFile = path.resolve('maps', 'korean-war-escalation.json');
const parsed = parseMap(readFileSync(seedFile, 'utf8'));
if (!parsed.ok) throw new Error(`${seedFile} does not load`);

const log = (line: string): void => console.error(line);
/**
 * `--keep-shape`: Auto layout after one small random edit, 100 edits each on the seed and generated maps of 100 and
 * 300 claims; prints how many untouched claims moved more than a box width (issue 24's target: at most 10 %).
 */
if (flag('keep-shape')) {
  const maps = [
    { name: 'seed', map: parsed.map },
    { name: 'generated-100', map: generateMap({ size: 100 }) },
    { name: 'generated-300', map: generateMap({ size: 300 }) },
  ];
  console.log(keepShapeTable(runKeepShapeBench(maps, quick ? 10 : 100, log)));
  process.exit(0);
}
/** The maps API's list over 20 files of ~4.8 MB (3 small ones in --quick); `--server` runs this section alone. */
const serverMaps = quick ? { count: 3, bytes: 200_000 } : { count: 20, bytes: 4.8 * 1024 * 1024 };
/** `npm start` with an unchanged build, spawned whole (npm, the dependency check, tsx, the server); not in --quick, which has no build. */
const startLine = async (): Promise<string> => {
  const start = await runStartBench(5, log);
  return `npm start with an unchanged build, to the first page served: median ${start.medianMs} ms (${start.runsMs.join(', ')})`;
};
if (flag('server')) {
  console.log(serverTable(await runServerBench(serverMaps.count, serverMaps.bytes, log)));
  console.log(await startLine());
  process.exit(0);
}
const startedOn = machine();
const ticksAtStart = readCpuTicks();
const layout = runLayoutBench({ sizes, shapeSize, seed: parsed.map, stockUpTo, direction }, log);
const exports = flag('no-export') ? null : await runExportBench(parsed.map, quick ? [] : [300, 1000], log);
/** Loads per map in the browser (after one not counted): this machine's speed swings, and a median of five moves less than one of three. */
const BROWSER_RUNS = 5;
const browser = flag('no-browser') ? null : await runBrowserBench(browserSizes, port, quick ? 1 : BROWSER_RUNS, log);
const server = flag('no-server') ? null : await runServerBench(serverMaps.count, serverMaps.bytes, log);
const argdown = await runArgdownBench(parsed.map, quick ? 5 : 30, log);
const interchange = await runInterchangeBench(log);
const exportRowFor = (row: LayoutRow): ExportRow | undefined => exports?.find((e) => e.map === row.map);
const browserRowFor = (row: LayoutRow): BrowserRow | undefined =>
  browser?.rows.find((b) => (row.map === 'seed' ? b.map === 'korean-war-escalation' : b.map === `bench-${row.claims}`));

function exportTimes(row: ExportRow | undefined): string {
  if (!row) return '—';
  return (['svg', 'png', 'pdf'] as const).map((f) => row.formats[f]?.ms ?? '—').join('/');
}

/** Chromium reports only tasks of 50 ms or more: a load with none records 0, which would read as no work at all. */
function longestTask(row: BrowserRow | undefined): string {
  if (!row) return '—';
  return row.longestTaskMs < 50 ? '<50' : String(row.longestTaskMs);
}

function table(rows: LayoutRow[]): string {
  const header = ['map', 'claims', 'links', 'runs', 'layout ms', 'cpu ms', 'crossings', 'area Mpx²', 'stock dagre ms', 'stock crossings', 'stock area', 'visible ms', 'longest task ms', 'drag p50/p95', 'pan p50/p95', 'typing p50/p95', 'svg/png/pdf ms'];
  const frames = (f: { p50: number; p95: number } | undefined): string => (f ? `${f.p50}/${f.p95}` : '—');
  const lines = rows.map((r) => [
    r.map,
    r.claims,
    r.relations,
    r.runs,
    r.wallMs,
    r.cpuMs,
    r.crossings,
    r.areaMpx,
    r.stock ? r.stock.wallMs : '—',
    r.stock ? r.stock.crossings : '—',
    r.stock ? r.stock.areaMpx : '—',
    browserRowFor(r)?.visibleMs ?? '—',
    longestTask(browserRowFor(r)),
    frames(browserRowFor(r)?.drag),
    frames(browserRowFor(r)?.pan),
    frames(browserRowFor(r)?.typing),
    exportTimes(exportRowFor(r)),
  ].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const row = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ')} |`;
  return [row(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(row)].join('\n');
}

const steal = stealPercent(ticksAtStart, readCpuTicks());
const report = {
  when: new Date().toISOString(),
  machine: { ...startedOn, loadAverage1mAtEnd: machine().loadAverage1m, cpuStealPercent: steal },
  direction,
  note: 'Times are medians after warm-up (wall and process CPU time); stock dagre at 1,000+ claims is a single run.',
  layout,
  export: exports,
  browser,
  server,
  argdown,
  interchange,
};
console.log(table(layout));
if (server) console.log(`\n${serverTable(server)}`);
console.log(`\n${argdownTable(argdown)}`);
if (interchange) console.log(`\n${interchangeLine(interchange)}`);
if (!quick && !flag('no-server')) console.log(await startLine());
if (browser) console.log(`\ninitial JS ${browser.bundle.initialJsKb} KB, ${browser.bundle.initialJsGzipKb} KB gzip (all JS ${browser.bundle.allJsGzipKb} KB gzip)`);
const stealNote = steal === null ? '' : `, CPU steal ${steal} %`;
console.log(`machine: ${startedOn.cpu}, ${startedOn.cores} cores, node ${startedOn.node}, load ${startedOn.loadAverage1m} → ${report.machine.loadAverage1mAtEnd}${stealNote}`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`written to ${out}`);
