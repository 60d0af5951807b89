// The export command: reads maps through the load gate, lays them out, writes each format, and answers with an exit code.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportFileName, fileStem } from '../export/exportFileName.ts';
import { exportMap } from '../export/exportMap.ts';
import { evaluateMap } from '../model/evaluateMap.ts';
import { exportSteps } from '../export/steps/exportSteps.ts';
import type { ExportBackend, ExportedFile } from '../export/exportTypes.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import { parseMap } from '../model/parseMap.ts';
import { formatProblem } from '../model/problems.ts';
import { expandInputs } from './expandInputs.ts';
import { nodeExportBackend } from './nodeExportBackend.ts';
import { type ExportArgs, parseExportArgs, USAGE } from './parseExportArgs.ts';

export const EXIT = { ok: 0, invalidMap: 1, usage: 2 } as const;

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export function summaryLine(file: string, exported: ExportedFile): string {
  const size = exported.width === undefined ? '-' : `${exported.width}x${exported.height} px`;
  const line = `${file}  ${exported.format}  ${size}  ${exported.bytes.length} bytes`;
  return exported.note ? `${line}  (${exported.note})` : line;
}

/** Two inputs with the same name would overwrite each other's output, and an output must never replace its input. */
function clashes(files: readonly string[], args: ExportArgs): string | undefined {
  const byStem = new Map<string, string>();
  for (const file of files) {
    const stem = fileStem(path.basename(file));
    const earlier = byStem.get(stem);
    if (earlier) return `${earlier} and ${file} would both be written as ${stem}.*`;
    byStem.set(stem, file);
    for (const format of args.formats) {
      if (path.resolve(args.out, exportFileName(stem, format)) === path.resolve(file)) {
        return `writing ${format} to ${args.out} would overwrite ${file}; choose another --out folder`;
      }
    }
  }
  return undefined;
}

async function exportFile(file: string, args: ExportArgs, backend: ExportBackend, io: CliOutput): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    return false;
  }
  const parsed = parseMap(text);
  if (!parsed.ok) {
    io.err(`${file}: not exported, ${parsed.problems.length === 1 ? '1 problem' : `${parsed.problems.length} problems`}:`);
    for (const problem of parsed.problems) io.err(`  ${formatProblem(problem)}`);
    return false;
  }
  const map = parsed.map;
  const layout = layoutMap(map, { direction: args.direction ?? map.layout?.direction ?? 'TB' });
  const stem = fileStem(path.basename(file));
  if (args.steps) {
    for (const format of args.formats) {
      if (format !== 'pdf' && format !== 'png') continue;
      const exported = await exportSteps(map, layout, stem, format, backend, { scale: args.scale });
      const target = path.join(args.out, exported.fileName);
      await writeFile(target, exported.bytes);
      io.out(`${target}  ${format === 'pdf' ? 'pdf' : 'zip'}  ${exported.steps} steps  ${exported.bytes.length} bytes`);
    }
    return true;
  }
  for (const format of args.formats) {
    const exported = await exportMap(
      map,
      layout,
      format,
      // Flags are drawn as the canvas draws them with the map's real marks.
      { title: args.title, legend: args.legend, citation: args.citation, background: args.background, scale: args.scale, standing: { evaluation: evaluateMap(map) } },
      backend,
    );
    const target = path.join(args.out, exportFileName(stem, format));
    await writeFile(target, exported.bytes);
    io.out(summaryLine(target, exported));
  }
  return true;
}

export async function runExport(argv: readonly string[], io: CliOutput, backend: ExportBackend = nodeExportBackend()): Promise<number> {
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
  await mkdir(args.out, { recursive: true });

  let allValid = true;
  for (const file of inputs.files) {
    if (!(await exportFile(file, args, backend, io))) allValid = false;
  }
  return allValid ? EXIT.ok : EXIT.invalidMap;
}
