// Times each export format on one map (layout once, then every format from it), for `npm run bench`; not a test.
import { layoutMap } from '../layout/layoutMap.ts';
import type { ArgumentMap, Direction } from '../model/schema.ts';
import { exportMap } from './exportMap.ts';
import { type ExportBackend, EXPORT_FORMATS, type ExportFormat, type ExportOptions } from './exportTypes.ts';

export interface ExportTiming {
  /** 'layout' is the shared dagre layout every format starts from. */
  step: ExportFormat | 'layout';
  ms: number;
  bytes?: number;
  width?: number;
  height?: number;
}

export interface MeasureOptions extends ExportOptions {
  formats?: readonly ExportFormat[];
  direction?: Direction;
}

export async function measureExportTimes(map: ArgumentMap, backend: ExportBackend, options: MeasureOptions = {}): Promise<ExportTiming[]> {
  const { formats = EXPORT_FORMATS, direction, ...exportOptions } = options;
  let start = performance.now();
  const layout = layoutMap(map, { direction: direction ?? map.layout?.direction ?? 'TB' });
  const timings: ExportTiming[] = [{ step: 'layout', ms: performance.now() - start }];
  for (const format of formats) {
    start = performance.now();
    const file = await exportMap(map, layout, format, exportOptions, backend);
    timings.push({ step: format, ms: performance.now() - start, bytes: file.bytes.length, width: file.width, height: file.height });
  }
  return timings;
}
