import { describe, expect, it } from 'vitest';
import { parseMap } from './parseMap.ts';
import { serializeMap } from './serializeMap.ts';
import { blankMap, mapFromTemplate } from './newMap.ts';
import { aChain } from './testBuilders.ts';

describe('new maps', () => {
  it('makes a blank map that passes the load gate and has no source', () => {
    const map = blankMap('Thucydides on the war');
    const parsed = parseMap(serializeMap(map));
    expect(parsed.ok && parsed.map.meta).toEqual({ title: 'Thucydides on the war' });
    expect(map.nodes).toEqual([]);
  });

  it("copies a template's claims and links under the new title, leaving its summary and source behind", () => {
    const template = { ...aChain('a', 'b'), meta: { title: 'Korean War', summary: 'Why', source: { author: 'Wells', title: 'Paper' } } };
    const made = mapFromTemplate(template, 'My version');
    expect(made.meta).toEqual({ title: 'My version' });
    expect(made.nodes).toEqual(template.nodes);
    expect(made.edges).toEqual(template.edges);
  });
});
