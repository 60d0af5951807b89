// Reads the export command's arguments into options, or a usage error in words (never throws, never exits).
import { parseArgs } from 'node:util';
import type { ExportFormat } from '../export/exportTypes.ts';
import { type Handout, HANDOUTS, isHandout } from '../export/page/handoutMap.ts';
import { isOrientation, isPageSize, type Orientation, ORIENTATIONS, PAGE_SIZES, type PageSize } from '../export/page/pageSize.ts';
import type { Background } from '../export/svg/renderMapSvg.ts';
import { DIRECTIONS, type Direction } from '../model/schema.ts';
import { outputFormatNames } from './outputFormats.ts';

export const USAGE = `Usage: npm run export -- <map.json | glob>... [options]

Writes each map as SVG, PNG, PDF or JSON, drawn by the same renderer as the app's Export menu.

Options:
  --format, -f <list>     ${outputFormatNames().join(', ')};
                          comma-separated or repeated (default: svg; pdf with --steps)
  --out, -o <folder>      where to write the files (default: the current folder)
  --scale, -s <n>         PNG pixels per map pixel, e.g. 1, 2 or 3 (default: 1)
  --direction, -d <TB|LR> lay the map out top to bottom or left to right (default: the map's own setting)
  --background <white|transparent>  (default: white)
  --no-title              leave out the map's title
  --no-legend             leave out the legend
  --no-citation           leave out the source citation
  --page <a4|letter|slide|fit>  png and pdf on paper: the map scaled into the page's margins with title, legend and
                          citation, split over several pages when its labels would print under 8 pt (default: fit,
                          one page the map's size; a4 with --handout). svg and json are always the map's size
  --orientation <portrait|landscape|auto>  with --page (default: auto, whichever prints the map larger on fewer pages)
  --handout <blank|key>   a student handout: blank = an empty box to mark by hand instead of each status, no flags;
                          key = the teacher's marks as the answer key (svg, png, pdf)
  --steps                 the presentation instead of the map: pdf = a 16:9 page per step between two whole-map
                          pages, with presenter notes; png = a zip with a PNG per slide
  --help, -h              show this help

Examples: npm run export -- maps/korean-war-escalation.json --format png --scale 2 --out slides/
          npm run export -- "corpus/*.json" --format aif,mermaid,dot --out converted/`;

export interface ExportArgs {
  inputs: string[];
  /** Drawn formats (svg, png, pdf, json) and the interchange registry's text formats (aif, mermaid, dot, …). */
  formats: string[];
  out: string;
  scale: number;
  direction?: Direction;
  background: Background;
  title: boolean;
  legend: boolean;
  citation: boolean;
  /** Export the presentation's steps (pdf, png) instead of the whole map. */
  steps: boolean;
  page: PageSize;
  orientation: Orientation;
  handout?: Handout;
}

export type ParsedArgs = { kind: 'help' } | { kind: 'run'; args: ExportArgs } | { kind: 'usage-error'; message: string };

/** Larger scales make images no viewer opens; 8× of a big map is already hundreds of megapixels. */
const MAX_SCALE = 8;

export function parseExportArgs(argv: readonly string[]): ParsedArgs {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', multiple: true },
        out: { type: 'string', short: 'o' },
        scale: { type: 'string', short: 's' },
        direction: { type: 'string', short: 'd' },
        background: { type: 'string' },
        'no-title': { type: 'boolean' },
        'no-legend': { type: 'boolean' },
        'no-citation': { type: 'boolean' },
        steps: { type: 'boolean' },
        page: { type: 'string' },
        orientation: { type: 'string' },
        handout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'usage-error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  if (positionals.length === 0) return { kind: 'usage-error', message: 'name at least one map file' };

  const known = outputFormatNames();
  const formats: string[] = [];
  for (const word of (values.format ?? [values.steps ? 'pdf' : 'svg']).flatMap((f) => f.split(',')).map((f) => f.trim().toLowerCase())) {
    if (!known.includes(word)) return { kind: 'usage-error', message: `unknown format '${word}' (use ${known.join(', ')})` };
    if (!formats.includes(word)) formats.push(word);
  }

  const stepFormats: readonly string[] = ['pdf', 'png'] satisfies ExportFormat[];
  if (values.steps && formats.some((f) => !stepFormats.includes(f))) {
    return { kind: 'usage-error', message: `--steps writes pdf or png (not ${formats.filter((f) => !stepFormats.includes(f)).join(', ')})` };
  }

  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
    return { kind: 'usage-error', message: `--scale must be a number above 0 and at most ${MAX_SCALE} (not '${values.scale}')` };
  }

  const direction = values.direction?.toUpperCase();
  if (direction !== undefined && !(DIRECTIONS as readonly string[]).includes(direction)) {
    return { kind: 'usage-error', message: `--direction must be TB or LR (not '${values.direction}')` };
  }

  const background = values.background ?? 'white';
  if (background !== 'white' && background !== 'transparent') {
    return { kind: 'usage-error', message: `--background must be white or transparent (not '${background}')` };
  }

  const handout = values.handout?.toLowerCase();
  if (handout !== undefined && !isHandout(handout)) return { kind: 'usage-error', message: `--handout must be ${HANDOUTS.join(' or ')} (not '${values.handout}')` };
  if (handout && values.steps) return { kind: 'usage-error', message: '--handout and --steps cannot be combined' };
  if (handout && formats.includes('json')) return { kind: 'usage-error', message: '--handout writes svg, png or pdf (not json)' };
  const page = values.page?.toLowerCase() ?? (handout ? 'a4' : 'fit');
  if (!isPageSize(page)) return { kind: 'usage-error', message: `--page must be ${PAGE_SIZES.join(', ')} (not '${values.page}')` };
  const orientation = values.orientation?.toLowerCase() ?? 'auto';
  if (!isOrientation(orientation)) return { kind: 'usage-error', message: `--orientation must be ${ORIENTATIONS.join(', ')} (not '${values.orientation}')` };
  if (values.steps && values.page !== undefined) return { kind: 'usage-error', message: '--steps are always 16:9 slides; leave out --page' };

  return {
    kind: 'run',
    args: {
      inputs: positionals,
      formats,
      out: values.out ?? '.',
      scale,
      direction: direction as Direction | undefined,
      background,
      title: !values['no-title'],
      legend: !values['no-legend'],
      citation: !values['no-citation'],
      steps: values.steps === true,
      page,
      orientation,
      ...(handout ? { handout } : {}),
    },
  };
}
