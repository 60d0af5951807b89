// The outcome of an edit that can be refused: the new map (plus what the edit made) or a plain-sentence reason.
import type { ArgumentMap } from '../schema.ts';

export type EditResult<Extra extends object = object> =
  | ({ ok: true; map: ArgumentMap } & Extra)
  | { ok: false; reason: string };

export function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
