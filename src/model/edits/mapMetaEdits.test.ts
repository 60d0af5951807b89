import { describe, expect, it } from 'vitest';
import { mapSchema } from '../schema.ts';
import { aChain } from '../testBuilders.ts';
import { updateMapMeta, updateMapSource } from './mapMetaEdits.ts';

const blank = { ...aChain('a', 'b'), meta: { title: 'Untitled map' } };

describe('updateMapMeta', () => {
  it('sets the title and summary, and removes a summary set to nothing', () => {
    const titled = updateMapMeta(blank, { title: 'Thucydides on the war', summary: 'Why Sparta voted for war.' });
    expect(titled.ok && titled.map.meta).toEqual({ title: 'Thucydides on the war', summary: 'Why Sparta voted for war.' });
    const cleared = titled.ok ? updateMapMeta(titled.map, { summary: '' }) : titled;
    expect(cleared.ok && cleared.map.meta).toEqual({ title: 'Thucydides on the war' });
    expect(cleared.ok && mapSchema.safeParse(cleared.map).success).toBe(true);
  });

  it('refuses an empty, invisible or overlong title with a reason, and returns the same map for no change', () => {
    expect(updateMapMeta(blank, { title: '   ' })).toEqual({ ok: false, reason: 'The map needs a title.' });
    expect(updateMapMeta(blank, { title: '\u200b' })).toEqual({ ok: false, reason: 'The title must contain a visible character.' });
    expect(updateMapMeta(blank, { title: 'x'.repeat(501) })).toEqual({ ok: false, reason: 'The title must be at most 500 characters.' });
    const same = updateMapMeta(blank, { title: 'Untitled map' });
    expect(same.ok && same.map).toBe(blank);
  });
});

describe('updateMapSource', () => {
  it('gives a map without a source one, field by field, and removes optional fields set to nothing', () => {
    const authored = updateMapSource(blank, { author: 'Thucydides' });
    expect(authored.ok && authored.map.meta.source).toEqual({ author: 'Thucydides', title: '' });
    const full = authored.ok ? updateMapSource(authored.map, { title: 'History of the Peloponnesian War', date: '431 BC', url: 'https://example.org/t' }) : authored;
    expect(full.ok && full.map.meta.source).toEqual({ author: 'Thucydides', title: 'History of the Peloponnesian War', date: '431 BC', url: 'https://example.org/t' });
    const noDate = full.ok ? updateMapSource(full.map, { date: '' }) : full;
    expect(noDate.ok && noDate.map.meta.source?.date).toBeUndefined();
    expect(noDate.ok && mapSchema.safeParse(noDate.map).success).toBe(true);
  });

  it('removes the source when every field is emptied, and leaves a sourceless map alone', () => {
    const sourced = { ...blank, meta: { ...blank.meta, source: { author: 'A', title: '' } } };
    const emptied = updateMapSource(sourced, { author: '' });
    expect(emptied.ok && emptied.map.meta).toEqual({ title: 'Untitled map' });
    const untouched = updateMapSource(blank, { venue: '' });
    expect(untouched.ok && untouched.map).toBe(blank);
  });

  it('refuses a link that is not a web address and an overlong field, saying which', () => {
    expect(updateMapSource(blank, { author: 'A', url: 'javascript:alert(1)' })).toEqual({ ok: false, reason: 'The source’s link must start with http:// or https://.' });
    const long = updateMapSource(blank, { author: 'x'.repeat(501) });
    expect(long.ok).toBe(false);
    expect(!long.ok && long.reason).toMatch(/^In the map's source: The value must be at most 500/);
  });
});
