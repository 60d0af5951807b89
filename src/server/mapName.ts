// Turns the raw URL segment after /api/maps/ into a map name, refusing anything but a plain slug.

export const MAP_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_MAP_NAME_LENGTH = 100;
/** Slugs that Windows treats as devices whatever the extension, so `nul.json` would not be a file there. */
const WINDOWS_DEVICES = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

export type MapNameResult = { ok: true; name: string } | { ok: false; error: string };

export function isMapName(name: string): boolean {
  return name.length <= MAX_MAP_NAME_LENGTH && MAP_NAME.test(name) && !WINDOWS_DEVICES.test(name);
}

/** `escalation` ↔ `escalation.json`; undefined for any file that is not a map. */
export function mapNameOfFile(file: string): string | undefined {
  if (!file.endsWith('.json')) return undefined;
  const name = file.slice(0, -'.json'.length);
  return isMapName(name) ? name : undefined;
}

/** The segment is still percent-encoded, so `%2e%2e%2f` and `%5c` are decoded here and refused like `../` and `\`. */
export function parseMapName(rawSegment: string): MapNameResult {
  let name: string;
  try {
    name = decodeURIComponent(rawSegment);
  } catch {
    return { ok: false, error: 'the map name is not valid percent-encoding' };
  }
  if (isMapName(name)) return { ok: true, name };
  const shown = JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);
  return {
    ok: false,
    error: `${shown} is not a map name: use lowercase letters, digits and single hyphens (at most ${MAX_MAP_NAME_LENGTH})`,
  };
}
