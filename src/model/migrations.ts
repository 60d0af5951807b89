// Versioned migrations of raw map files: each step lifts a file from version N to N+1 before validation.
import { describeValue } from './describeValue.ts';
import { CURRENT_VERSION } from './schema.ts';

/** A migration receives the raw object of version N and returns the raw object of version N+1. */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Keyed by the version a step migrates *from*. Version 1 is the first released format, so the table is
 * empty; a future v2 adds `1: (raw) => ({ ...raw, version: 2, ... })` here and bumps CURRENT_VERSION.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  | { ok: true; raw: Record<string, unknown> }
  | { ok: false; message: string };

export function migrate(
  raw: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = CURRENT_VERSION,
): MigrationResult {
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const accepted = current === 1 ? 'the format version, 1' : `a format version, a whole number from 1 to ${current}`;
    return { ok: false, message: version === undefined ? `is missing (expected ${accepted})` : `must be ${accepted}, not ${describeValue(version)}` };
  }
  if (version > current) {
    return {
      ok: false,
      message: `this map is format version ${version}, made by a newer Causeway; this version reads up to ${current}`,
    };
  }
  let out = raw;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, message: `no migration from version ${v} to ${v + 1}` };
    out = step(out);
  }
  return { ok: true, raw: out };
}
