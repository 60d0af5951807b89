// Tests for the layout worker's `read`: the load gate's answer, and the opening layout exactly as the page would compute it.
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../layout/layoutMap.ts';
import { parseMap } from '../model/parseMap.ts';
import { serializeMap } from '../model/serializeMap.ts';
import { aChain, aClaim, aMap, aRelation } from '../model/testBuilders.ts';
import { readMapFile } from './readMapFile.ts';

describe('readMapFile', () => {
  it('reads a small map and lays it out top to bottom, as layoutMap does', () => {
    const map = aChain('a', 'b', 'c');
    const read = readMapFile(serializeMap(map), 150);
    expect(read.parsed).toEqual(parseMap(serializeMap(map)));
    expect(read.opening?.direction).toBe('TB');
    expect(read.opening?.layout).toEqual(layoutMap(map, { direction: 'TB', fresh: true }));
  });

  it("lays a map out in its file's direction", () => {
    const map = { ...aChain('a', 'b'), layout: { direction: 'LR' as const } };
    const read = readMapFile(serializeMap(map), 150);
    expect(read.opening?.direction).toBe('LR');
    expect(read.opening?.layout).toEqual(layoutMap(map, { direction: 'LR', fresh: true }));
  });

  it('only reads a map with more claims than it may lay out (the page asks for that layout with progress)', () => {
    const read = readMapFile(serializeMap(aChain('a', 'b', 'c')), 2);
    expect(read.parsed.ok).toBe(true);
    expect(read.opening).toBeNull();
  });

  it('gives the problems of an invalid file and no layout', () => {
    const read = readMapFile(JSON.stringify(aMap([aClaim('a')], [aRelation('a', 'nowhere')])), 150);
    expect(read.parsed.ok).toBe(false);
    expect(read.opening).toBeNull();
    expect(readMapFile('{ not json', 150).parsed.ok).toBe(false);
  });
});
