// The migration runner: lifts old files step by step, and refuses gaps and versions from the future.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, type Migration, migrate } from './migrations.ts';
import { CURRENT_VERSION } from './schema.ts';

/** A made-up v2 that renamed meta.title to meta.name, to exercise the runner as a real step would. */
const v1ToV2: Migration = (raw) => {
  const { title, ...meta } = raw.meta as Record<string, unknown>;
  return { ...raw, version: 2, meta: { ...meta, name: title } };
};
const v2ToV3: Migration = (raw) => ({ ...raw, version: 3, migratedTwice: true });

describe('migrate', () => {
  it('passes a current file through unchanged with the real (empty) table', () => {
    expect(Object.keys(MIGRATIONS)).toEqual([]);
    const raw = { version: CURRENT_VERSION, meta: { title: 't' } };
    expect(migrate(raw)).toEqual({ ok: true, raw });
  });

  it('lifts an old file through every step in order', () => {
    const raw = { version: 1, meta: { title: 'Escalation' } };
    expect(migrate(raw, { 1: v1ToV2, 2: v2ToV3 }, 3)).toEqual({
      ok: true,
      raw: { version: 3, meta: { name: 'Escalation' }, migratedTwice: true },
    });
    expect(migrate({ version: 2, meta: {} }, { 1: v1ToV2, 2: v2ToV3 }, 3)).toEqual({
      ok: true,
      raw: { version: 3, meta: {}, migratedTwice: true },
    });
  });

  it('refuses a file when a step is missing', () => {
    expect(migrate({ version: 1, meta: { title: 't' } }, { 1: v1ToV2 }, 3)).toEqual({
      ok: false,
      message: 'no migration from version 2 to 3',
    });
  });

  it('refuses a file from a newer Causeway', () => {
    expect(migrate({ version: 4 }, { 1: v1ToV2, 2: v2ToV3 }, 3)).toEqual({
      ok: false,
      message: 'this map is format version 4, made by a newer Causeway; this version reads up to 3',
    });
  });

  it('refuses a version that is not a whole number from 1', () => {
    for (const version of [0, -1, 1.5, '2', null]) {
      expect(migrate({ version }, {}, 3)).toMatchObject({ ok: false, message: expect.stringMatching(/^must be a format version, a whole number from 1 to 3, not /) });
    }
    expect(migrate({}, {}, 3)).toEqual({ ok: false, message: 'is missing (expected a format version, a whole number from 1 to 3)' });
  });
});
