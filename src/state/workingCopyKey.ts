// The name a map's working copy is kept under: the file in maps/, or the file opened from disk.
import type { MapOrigin } from './mapState.ts';

export function workingCopyKey(origin: MapOrigin): string {
  return origin.kind === 'server' ? `map:${origin.name}` : `file:${origin.fileName}`;
}
