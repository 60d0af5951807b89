// The formats the export command writes: the drawn ones (SVG, PNG, PDF and the JSON map file) and every text format in the interchange registry.
import { EXPORT_FORMATS, isExportFormat } from '../export/exportTypes.ts';
import { fileStem } from '../export/exportFileName.ts';
import { FORMATS, formatNamed, type InterchangeFormat, writableFormats } from '../interchange/formats.ts';

/** The registry's writers other than the map file itself, which the drawn formats' 'json' already writes. */
export function textFormats(): InterchangeFormat[] {
  return writableFormats().filter((format) => !isExportFormat(format.name));
}

/** Every --format word, drawn formats first: svg, png, pdf, json, aif, mermaid, dot (and any format registered later). */
export function outputFormatNames(): string[] {
  return [...EXPORT_FORMATS, ...textFormats().map((format) => format.name)];
}

/** The ending of a written file: 'png', 'aif.json', 'mmd'. */
export function outputExtension(name: string): string {
  if (isExportFormat(name)) return name;
  return formatNamed(name)?.extensions[0] ?? name;
}

/** A file name without the ending of any registered format: debate.argdown → debate, graph.aif.json → graph. */
export function inputStem(fileName: string): string {
  const lower = fileName.toLowerCase();
  const ending = FORMATS.flatMap((format) => format.extensions)
    .filter((ext) => lower.endsWith(`.${ext}`))
    .sort((a, b) => b.length - a.length)[0];
  return fileStem(ending ? fileName.slice(0, -(ending.length + 1)) : fileName);
}
