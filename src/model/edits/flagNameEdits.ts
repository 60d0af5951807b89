// The pure edit of a map's name for its computed flag (meta.flagName): set, or back to the default when emptied.
import { DEFAULT_FLAG_NAME } from '../flagWords.ts';
import { hasVisibleCharacter } from '../hasVisibleCharacter.ts';
import { type ArgumentMap, LIMITS } from '../schema.ts';
import { type EditResult, refuse } from './editResult.ts';

/** An empty name, or the default one typed out, leaves the field out of the file: the map then uses the default. */
export function setFlagName(map: ArgumentMap, text: string): EditResult {
  const name = text.trim();
  const kept = name === '' || name === DEFAULT_FLAG_NAME ? undefined : name;
  if (kept === map.meta.flagName) return { ok: true, map };
  if (kept !== undefined && kept.length > LIMITS.flagName) return refuse(`The flag’s name must be at most ${LIMITS.flagName} characters.`);
  if (kept !== undefined && !hasVisibleCharacter(kept)) return refuse('The flag’s name must contain a visible character.');
  const { flagName: _old, ...meta } = map.meta;
  return { ok: true, map: { ...map, meta: kept === undefined ? meta : { ...meta, flagName: kept } } };
}
