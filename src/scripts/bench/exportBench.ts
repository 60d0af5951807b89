// The export part of the benchmark: time to write SVG, PNG and PDF for the seed and generated maps (Node backend).
import { nodeExportBackend } from '../../cli/nodeExportBackend.ts';
import { exportMap } from '../../export/exportMap.ts';
import type { ExportFormat } from '../../export/exportTypes.ts';
import { generateMap } from '../../layout/generateMap.ts';
import { layoutMap } from '../../layout/layoutMap.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { median } from './timing.ts';

export interface ExportRow {
  map: string;
  claims: number;
  /** Median milliseconds per format, and the file size in KB. */
  formats: Partial<Record<ExportFormat, { ms: number; kb: number }>>;
}

const FORMATS: ExportFormat[] = ['svg', 'png', 'pdf'];

async function benchExport(name: string, map: ArgumentMap, runs: number): Promise<ExportRow> {
  const layout = layoutMap(map);
  const backend = nodeExportBackend();
  const row: ExportRow = { map: name, claims: map.nodes.length, formats: {} };
  for (const format of FORMATS) {
    await exportMap(map, layout, format, {}, backend);
    const times: number[] = [];
    let kb = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const file = await exportMap(map, layout, format, {}, backend);
      times.push(performance.now() - start);
      kb = Math.round(file.bytes.length / 102.4) / 10;
    }
    row.formats[format] = { ms: Math.round(median(times)), kb };
  }
  return row;
}

export async function runExportBench(seed: ArgumentMap, sizes: readonly number[], log: (line: string) => void): Promise<ExportRow[]> {
  log('export: seed map…');
  const rows = [await benchExport('seed', seed, 5)];
  for (const size of sizes) {
    log(`export: ${size} claims…`);
    rows.push(await benchExport(`generated-${size}`, generateMap({ size }), size >= 1000 ? 1 : 3));
  }
  return rows;
}
