import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ifMatchAccepts, versionTag, versionTagOfChunks } from './versionTag.ts';

describe('versionTag', () => {
  it('is a quoted hash of the bytes, the same whole or in pieces', async () => {
    const tag = versionTag('{"a":1}\n');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(versionTag('{"a":2}\n')).not.toBe(tag);
    expect(await versionTagOfChunks(Readable.from([Buffer.from('{"a"'), Buffer.from(':1}\n')]))).toBe(tag);
  });

  it('If-Match compares strongly: quoted, bare, listed or *, never weak', () => {
    const tag = versionTag('x');
    expect(ifMatchAccepts(tag, tag)).toBe(true);
    expect(ifMatchAccepts(tag.slice(1, -1), tag)).toBe(true);
    expect(ifMatchAccepts(`"other", ${tag}`, tag)).toBe(true);
    expect(ifMatchAccepts('*', tag)).toBe(true);
    expect(ifMatchAccepts(`W/${tag}`, tag)).toBe(false);
    expect(ifMatchAccepts(versionTag('y'), tag)).toBe(false);
  });
});
