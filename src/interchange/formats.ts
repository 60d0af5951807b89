// The registry of interchange formats: what Causeway reads and writes besides drawing (Causeway JSON, AIF, Mermaid, DOT, …).
import { parseMap } from '../model/parseMap.ts';
import type { Problem } from '../model/problems.ts';
import type { ArgumentMap } from '../model/schema.ts';
import { serializeMap } from '../model/serializeMap.ts';
import { aifFormat } from './aif/aifFormat.ts';
import { argdownFormat } from './argdown/argdownFormat.ts';
import { dotFormat } from './dot/dotFormat.ts';
import { mermaidFormat } from './mermaid/mermaidFormat.ts';

/** Something a reader approximated or left out: listed in the import report shown to the person. */
export interface ImportNote {
  /** Where in the file: a JSON path or line:column. */
  where: string;
  message: string;
}

export type ImportResult = { ok: true; map: ArgumentMap; notes: ImportNote[] } | { ok: false; problems: Problem[] };

/** What a reader may know besides the text: the file's name gives an imported map its title. */
export interface ReadContext {
  fileName?: string;
}

export interface InterchangeFormat {
  /** The word used by the CLI's --format and in file names: 'aif', 'mermaid'. */
  name: string;
  /** File name endings without the dot, the one written first: ['aif.json', 'json']. */
  extensions: readonly string[];
  /** What the person reads in menus and reports. */
  label: string;
  /** Whether text with one of this format's extensions is this format (several formats share .json). */
  detect?(text: string): boolean;
  /** Every reader's map goes through the load gate (parseMap) before it is returned. */
  read?(text: string, context?: ReadContext): Promise<ImportResult>;
  write?(map: ArgumentMap): string;
}

/** Causeway's own file: read by the load gate itself. */
export const causewayFormat: InterchangeFormat = {
  name: 'json',
  extensions: ['json'],
  label: 'Causeway map (JSON)',
  detect: (text) => !aifFormat.detect?.(text),
  read: async (text) => {
    const parsed = parseMap(text);
    return parsed.ok ? { ok: true, map: parsed.map, notes: [] } : parsed;
  },
  write: serializeMap,
};

/** In the order menus list them; a format added later (Argdown) is registered here. */
export const FORMATS: readonly InterchangeFormat[] = [causewayFormat, aifFormat, argdownFormat, mermaidFormat, dotFormat];

export function formatNamed(name: string): InterchangeFormat | undefined {
  return FORMATS.find((format) => format.name === name);
}

/** The formats that can write a map, for menus and --format. */
export function writableFormats(): InterchangeFormat[] {
  return FORMATS.filter((format) => format.write !== undefined);
}

/** `debate.aif.json` → 'aif.json' and 'json': the longest registered ending wins. */
function endingsOf(fileName: string): string[] {
  const lower = fileName.toLowerCase();
  return FORMATS.flatMap((format) => format.extensions.filter((ext) => lower.endsWith(`.${ext}`))).sort((a, b) => b.length - a.length);
}

/**
 * The reader for a file: by its name's ending, and among formats sharing that ending by content. A name with no
 * registered ending (map.txt, a download without one) is read by content, as a Causeway map unless it is another
 * format's; null when its ending is a format Causeway only writes (.mmd, .dot).
 */
export function readerFor(fileName: string, text: string): InterchangeFormat | null {
  const endings = endingsOf(fileName);
  for (const ending of endings) {
    const candidates = FORMATS.filter((format) => format.read && format.extensions.includes(ending));
    const found = candidates.find((format) => format.detect?.(text) ?? true);
    if (found) return found;
  }
  if (endings.length > 0) return null;
  return FORMATS.find((format) => format !== causewayFormat && format.read && format.detect?.(text)) ?? causewayFormat;
}

/** The endings the readers accept, e.g. for a file picker: '.json,.argdown'. */
export function readableExtensions(): string[] {
  return [...new Set(FORMATS.filter((format) => format.read).flatMap((format) => format.extensions.map((ext) => `.${ext.split('.').at(-1)}`)))];
}

/** Reads a file of any registered format; a name no reader takes is a problem, not a guess. */
export async function readInterchange(fileName: string, text: string): Promise<ImportResult> {
  const format = readerFor(fileName, text);
  if (!format?.read) {
    const known = readableExtensions().join(', ');
    return { ok: false, problems: [{ path: [], message: `${fileName} is a file Causeway writes but does not read (it reads ${known} files)` }] };
  }
  try {
    return await format.read(text, { fileName });
  } catch (error) {
    // A reader bug must not take the page down; the person learns the file was not opened and why.
    return { ok: false, problems: [{ path: [], message: `the ${format.label} reader failed: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
