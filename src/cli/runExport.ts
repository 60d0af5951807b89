// The export command: reads maps of any registered format through the load gate, lays them out, writes each format, and answers with an exit code.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportFileName } from '../export/exportFileName.ts';
import { exportMap } from '../export/exportMap.ts';
import { evaluateMap } from '../model/evaluateMap.ts';
import { exportSteps } from '../export/steps/exportSteps.ts';
import { type ExportBackend, type ExportedFile, type ExportFormat, isExportFormat } from '../export/exportTypes.ts';
import { formatNamed, readInterchange } from '../interchange/formats.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import type { MapLayout } from '../layout/types.ts';
import { formatProblem } from '../model/problems.ts';
import type { ArgumentMap } from '../model/schema.ts';
import { expandInputs } from './expandInputs.ts';
import { nodeExportBackend } from './nodeExportBackend.ts';
import { inputStem, outputExtension } from './outputFormats.ts';
import { type ExportArgs, parseExportArgs, USAGE } from './parseExportArgs.ts';

/** 1: at least one map, or one of its files, was not exported (invalid, or its layout or writing failed); the rest were. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** What the command runs on; tests replace a part only where no real input can make it fail. */
export interface ExportDeps {
  backend: ExportBackend;
  layout: typeof layoutMap;
}

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export function summaryLine(file: string, exported: ExportedFile): string {
  const size = exported.width === undefined ? '-' : `${exported.width}x${exported.height} px`;
  const pages = exported.pages === undefined ? '' : `  ${exported.pages === 1 ? '1 page' : `${exported.pages} pages`}`;
  const line = `${file}  ${exported.format}  ${size}${pages}  ${exported.bytes.length} bytes`;
  return exported.note ? `${line}  (${exported.note})` : line;
}

/** A handout is written beside the map's own exports, not over them: korean-war-escalation-practice-handout.pdf. */
function handoutStem(stem: string, args: ExportArgs): string {
  return args.handout ? `${stem}-${args.handout === 'blank' ? 'practice-handout' : 'answer-key'}` : stem;
}

/** Two inputs with the same name would overwrite each other's output, and an output must never replace its input. */
function clashes(files: readonly string[], args: ExportArgs): string | undefined {
  const byStem = new Map<string, string>();
  for (const file of files) {
    const stem = inputStem(path.basename(file));
    const earlier = byStem.get(stem);
    if (earlier) return `${earlier} and ${file} would both be written as ${stem}.*`;
    byStem.set(stem, file);
    for (const format of args.formats) {
      if (path.resolve(args.out, exportFileName(stem, outputExtension(format))) === path.resolve(file)) {
        return `writing ${format} to ${args.out} would overwrite ${file}; choose another --out folder`;
      }
    }
  }
  return undefined;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Exports one map in every format asked for; a failure is reported and ends only this map (or this one file of it). */
async function exportFile(file: string, args: ExportArgs, deps: ExportDeps, io: CliOutput): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(`${file}: cannot be read (${reason(error)})`);
    return false;
  }
  // The file's ending, and for .json its content, pick the reader; every reader ends at the load gate.
  const parsed = await readInterchange(path.basename(file), text);
  if (!parsed.ok) {
    io.err(`${file}: not exported, ${parsed.problems.length === 1 ? '1 problem' : `${parsed.problems.length} problems`}:`);
    for (const problem of parsed.problems) io.err(`  ${formatProblem(problem)}`);
    return false;
  }
  if (parsed.notes.length > 0) {
    io.out(`${file}: imported, ${parsed.notes.length === 1 ? '1 note' : `${parsed.notes.length} notes`}:`);
    for (const note of parsed.notes) io.out(`  ${note.where}: ${note.message}`);
  }
  const map = parsed.map;
  let layout: MapLayout;
  try {
    layout = deps.layout(map, { direction: args.direction ?? map.layout?.direction ?? 'TB' });
  } catch (error) {
    io.err(`${file}: not exported, its layout failed (${reason(error)})`);
    return false;
  }
  const stem = handoutStem(inputStem(path.basename(file)), args);
  let allWritten = true;
  for (const format of args.formats) {
    try {
      if (!args.steps) io.out(isExportFormat(format) ? await writeFormat(map, layout, stem, format, args, deps.backend) : await writeText(map, stem, format, args));
      // Only PDF and PNG have a step form (parseExportArgs refuses the others with --steps).
      else if (format === 'pdf' || format === 'png') io.out(await writeSteps(map, layout, stem, format, args, deps.backend));
    } catch (error) {
      io.err(`${file}: ${format}${args.steps ? ' steps' : ''} not written (${reason(error)})`);
      allWritten = false;
    }
  }
  return allWritten;
}

async function writeSteps(map: ArgumentMap, layout: MapLayout, stem: string, format: 'pdf' | 'png', args: ExportArgs, backend: ExportBackend): Promise<string> {
  const exported = await exportSteps(map, layout, stem, format, backend, { scale: args.scale });
  const target = path.join(args.out, exported.fileName);
  await writeFile(target, exported.bytes);
  return `${target}  ${format === 'pdf' ? 'pdf' : 'zip'}  ${exported.steps} steps  ${exported.slides} ${format === 'pdf' ? 'pages' : 'slides'}  ${exported.bytes.length} bytes`;
}

/** A text format of the interchange registry (AIF, Mermaid, DOT, …): written from the map alone, no layout. */
async function writeText(map: ArgumentMap, stem: string, name: string, args: ExportArgs): Promise<string> {
  const write = formatNamed(name)?.write;
  if (!write) throw new Error(`no writer for ${name}`);
  const bytes = new TextEncoder().encode(write(map));
  const target = path.join(args.out, exportFileName(stem, outputExtension(name)));
  await writeFile(target, bytes);
  return `${target}  ${name}  -  ${bytes.length} bytes`;
}

async function writeFormat(map: ArgumentMap, layout: MapLayout, stem: string, format: ExportFormat, args: ExportArgs, backend: ExportBackend): Promise<string> {
  const exported = await exportMap(
    map,
    layout,
    format,
    // Flags are drawn as the canvas draws them with the map's real marks.
    {
      title: args.title,
      legend: args.legend,
      citation: args.citation,
      background: args.background,
      scale: args.scale,
      standing: { evaluation: evaluateMap(map) },
      page: args.page,
      orientation: args.orientation,
      handout: args.handout,
    },
    backend,
  );
  const target = path.join(args.out, exportFileName(stem, exported.extension ?? format));
  await writeFile(target, exported.bytes);
  return summaryLine(target, exported);
}

export async function runExport(argv: readonly string[], io: CliOutput, deps: Partial<ExportDeps> = {}): Promise<number> {
  const parsed = parseExportArgs(argv);
  if (parsed.kind === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  const usageError = (message: string) => {
    io.err(`export: ${message}`);
    io.err('');
    io.err(USAGE);
    return EXIT.usage;
  };
  if (parsed.kind === 'usage-error') return usageError(parsed.message);
  const args = parsed.args;
  const inputs = await expandInputs(args.inputs);
  if (!inputs.ok) return usageError(inputs.message);
  const clash = clashes(inputs.files, args);
  if (clash) return usageError(clash);
  try {
    await mkdir(args.out, { recursive: true });
  } catch (error) {
    io.err(`export: nothing exported, the folder ${args.out} cannot be made (${reason(error)})`);
    return EXIT.failed;
  }

  const using: ExportDeps = { backend: deps.backend ?? nodeExportBackend(), layout: deps.layout ?? layoutMap };
  let allExported = true;
  for (const file of inputs.files) {
    if (!(await exportFile(file, args, using, io))) allExported = false;
  }
  return allExported ? EXIT.ok : EXIT.failed;
}
