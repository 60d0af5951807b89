import { describe, expect, it } from 'vitest';
import { createPracticeMarksStore, decodeMarks } from './practiceMarks.ts';
import type { KeyValueBackend } from './storageBackends.ts';

function memoryBackend(): KeyValueBackend & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    name: 'localStorage',
    data,
    get: async (key) => data.get(key) ?? null,
    set: async (key, value) => void data.set(key, value),
    delete: async (key) => void data.delete(key),
  };
}

describe('practice marks in the browser', () => {
  it('keeps marks per map under their own key and reads them back', async () => {
    const backend = memoryBackend();
    const marks = createPracticeMarksStore(Promise.resolve(backend));
    expect(await marks.write('seed', { a: 'refuted' })).toBe(true);
    expect(await marks.read('seed')).toEqual({ a: 'refuted' });
    expect(await marks.read('other')).toEqual({});
    expect([...backend.data.keys()]).toEqual(['causeway:practice-marks:seed']);
    await marks.write('seed', {});
    expect(backend.data.size).toBe(0);
  });

  it('keeps nothing, without failing, when the browser has no storage', async () => {
    const marks = createPracticeMarksStore(Promise.resolve(null));
    expect(await marks.write('seed', { a: 'refuted' })).toBe(false);
    expect(await marks.read('seed')).toEqual({});
  });

  it('drops anything stored that is not a known status', () => {
    expect(decodeMarks('{"a":"refuted","b":"maybe","c":3}')).toEqual({ a: 'refuted' });
    expect(decodeMarks('[1]')).toEqual({});
    expect(decodeMarks('not json')).toEqual({});
    expect(decodeMarks(null)).toEqual({});
  });
});
