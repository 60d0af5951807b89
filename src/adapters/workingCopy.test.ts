import { describe, expect, it } from 'vitest';
import { setStatus } from '../model/edits/claimEdits.ts';
import { aChain } from '../model/testBuilders.ts';
import type { KeyValueBackend } from './storageBackends.ts';
import { createWorkingCopies, createWorkingCopyWriter, type WorkingCopy, type WorkingCopyWrite } from './workingCopy.ts';

/** Node has no browser storage; this keeps text by key the way IndexedDB and localStorage do. */
function memoryBackend(entries = new Map<string, string>(), failWith?: () => Error): KeyValueBackend {
  return {
    name: 'localStorage',
    get: async (key) => entries.get(key) ?? null,
    set: async (key, value) => {
      if (failWith) throw failWith();
      entries.set(key, value);
    },
    delete: async (key) => {
      entries.delete(key);
    },
  };
}

const copy: WorkingCopy = { map: setStatus(aChain('a', 'b'), ['a'], 'refuted'), baseVersion: '"abc-1"', savedAt: '2026-01-02T03:04:05.000Z' };

describe('working copies', () => {
  it('writes, reads back and clears a copy by map name', async () => {
    const copies = createWorkingCopies(Promise.resolve(memoryBackend()));
    expect(await copies.read('seed')).toEqual({ ok: true, copy: null });
    expect(await copies.write('seed', copy)).toEqual({ ok: true });
    expect(await copies.read('seed')).toEqual({ ok: true, copy });
    expect(await copies.read('other')).toEqual({ ok: true, copy: null });
    expect(await copies.clear('seed')).toEqual({ ok: true });
    expect(await copies.read('seed')).toEqual({ ok: true, copy: null });
  });

  it('ignores a stored copy that is no longer a valid map', async () => {
    const entries = new Map([['causeway:working-copy:seed', JSON.stringify({ mapText: '{"nodes": 3}', savedAt: 'x', baseVersion: null })]]);
    entries.set('causeway:working-copy:junk', 'not json');
    const copies = createWorkingCopies(Promise.resolve(memoryBackend(entries)));
    expect(await copies.read('seed')).toEqual({ ok: true, copy: null });
    expect(await copies.read('junk')).toEqual({ ok: true, copy: null });
  });

  it('reports storage that is missing or blocked as unavailable, never throwing', async () => {
    for (const backend of [Promise.resolve(null), Promise.reject(new Error('SecurityError'))]) {
      const copies = createWorkingCopies(backend);
      const outcome = await copies.write('seed', copy);
      expect(outcome).toMatchObject({ ok: false, problem: 'unavailable' });
      expect(!outcome.ok && outcome.message).toMatch(/^Your browser is not keeping a working copy: /);
      expect(await copies.read('seed')).toMatchObject({ ok: false, problem: 'unavailable' });
    }
  });

  it('reports a full storage as full and other errors with their words', async () => {
    const full = createWorkingCopies(Promise.resolve(memoryBackend(new Map(), () => new DOMException('quota', 'QuotaExceededError'))));
    expect(await full.write('seed', copy)).toEqual({
      ok: false,
      problem: 'full',
      message: 'Your browser is not keeping a working copy: its storage for this site is full. Save or download the map to keep your edits.',
    });
    const broken = createWorkingCopies(Promise.resolve(memoryBackend(new Map(), () => new Error('disk I/O error'))));
    expect(await broken.write('seed', copy)).toMatchObject({ ok: false, problem: 'failed', message: expect.stringContaining('disk I/O error') });
  });
});

describe('working copy writer', () => {
  it('writes a burst of changes in order and always lands the last one', async () => {
    const entries = new Map<string, string>();
    const copies = createWorkingCopies(Promise.resolve(memoryBackend(entries)));
    const outcomes: WorkingCopyWrite[] = [];
    const writer = createWorkingCopyWriter(copies, 'seed', (outcome) => outcomes.push(outcome));
    const statuses = ['supported', 'refuted', 'contested', 'supported'] as const;
    for (const status of statuses) writer.write({ ...copy, map: setStatus(copy.map, ['b'], status) });
    await writer.idle();
    expect(outcomes.length).toBeGreaterThanOrEqual(1);
    expect(outcomes.length).toBeLessThanOrEqual(2);
    const read = await copies.read('seed');
    expect(read.ok && read.copy?.map.nodes[1]?.status).toBe('supported');
  });

  it('clears after a write that is still running, in order', async () => {
    const copies = createWorkingCopies(Promise.resolve(memoryBackend()));
    const writer = createWorkingCopyWriter(copies, 'seed', () => undefined);
    writer.write(copy);
    writer.write(null);
    await writer.idle();
    expect(await copies.read('seed')).toEqual({ ok: true, copy: null });
  });
});

describe('the copy kept as the page goes', () => {
  function leaveStore(entries = new Map<string, string>()) {
    return { entries, get: (key: string) => entries.get(key) ?? null, set: (key: string, value: string) => void entries.set(key, value), remove: (key: string) => void entries.delete(key) };
  }
  const later: WorkingCopy = { ...copy, map: setStatus(aChain('a', 'b'), ['b'], 'refuted'), savedAt: '2026-01-02T03:04:06.000Z' };

  it('is read when it is newer than the stored copy, and dropped once a write as new lands', async () => {
    const leave = leaveStore();
    const copies = createWorkingCopies(Promise.resolve(memoryBackend()), leave);
    await copies.write('seed', copy);
    expect(copies.keepOnLeave('seed', later)).toBe(true);
    expect(await copies.read('seed')).toEqual({ ok: true, copy: later });
    await copies.write('seed', copy);
    expect(await copies.read('seed')).toEqual({ ok: true, copy: later });
    const newest = { ...later, savedAt: '2026-01-02T03:04:07.000Z' };
    await copies.write('seed', newest);
    expect(leave.entries.size).toBe(0);
    expect(await copies.read('seed')).toEqual({ ok: true, copy: newest });
  });

  it('goes with the stored copy when the map is saved, and is not kept where there is no synchronous storage', async () => {
    const leave = leaveStore();
    const copies = createWorkingCopies(Promise.resolve(memoryBackend()), leave);
    copies.keepOnLeave('seed', later);
    await copies.clear('seed');
    expect(await copies.read('seed')).toEqual({ ok: true, copy: null });
    expect(createWorkingCopies(Promise.resolve(memoryBackend())).keepOnLeave('seed', later)).toBe(false);
  });
});
