// Hands the map to the browser as a .json download: the way to keep a map where there is no save API.
import type { ArgumentMap } from '../model/schema.ts';
import { serializeMap } from '../model/serializeMap.ts';

export function downloadMap(map: ArgumentMap, fileName: string): void {
  const url = URL.createObjectURL(new Blob([serializeMap(map)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.endsWith('.json') ? fileName : `${fileName}.json`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
