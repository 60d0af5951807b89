// Writes the map in a text format of the interchange registry and downloads it; loaded when such an export is first chosen.
import { downloadBytes } from '../adapters/download.ts';
import { exportFileName } from '../export/exportFileName.ts';
import { selectedPart } from '../export/selectedPart.ts';
import { formatNamed } from '../interchange/formats.ts';
import type { ArgumentMap } from '../model/schema.ts';

/** Text formats are written from the map's real marks, as the JSON file is. Resolves to the sentence the menu shows. */
export function exportText(map: ArgumentMap, name: string, label: string, mapName: string, selection: readonly string[] | undefined): string {
  const format = formatNamed(name);
  if (!format?.write) throw new Error(`${label} cannot be written`);
  const bytes = new TextEncoder().encode(format.write(selectedPart(map, selection)));
  const extension = format.extensions[0] ?? name;
  const fileName = exportFileName(mapName, extension);
  downloadBytes(bytes, fileName, extension.endsWith('json') ? 'application/json' : 'text/plain');
  const size = bytes.length < 1024 ? `${bytes.length} bytes` : `${Math.round(bytes.length / 1024)} KB`;
  return `Exported ${fileName} (${label}, ${size})`;
}
