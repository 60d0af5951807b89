import { instance, type Viz } from '@viz-js/viz';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { anyMap } from '../../model/testArbitraries.ts';
import { aClaim, aMap, aRelation } from '../../model/testBuilders.ts';
import { loadSeedMap } from '../../model/testSeedMap.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { writeDot } from './writeDot.ts';

/** Graphviz's own reading of the file, for the shapes and styles it took. */
interface Json0 {
  objects?: { name: string; shape?: string; style?: string }[];
  edges?: { style?: string; arrowhead?: string }[];
}

let viz: Viz;
beforeAll(async () => {
  viz = await instance();
});

function rendered(map: ArgumentMap): Json0 {
  const result = viz.render(writeDot(map), { format: 'json0' });
  expect(result.errors.filter((e) => e.level === 'error')).toEqual([]);
  expect(result.status).toBe('success');
  return JSON.parse(result.status === 'success' ? result.output : '{}') as Json0;
}

const unescapeXml = (text: string) =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const words = (text: string) => text.replace(/[\p{Cc}\u2028\u2029\s]+/gu, ' ').trim();

/** The drawing: each node group's title (the claim id) and drawn text; each edge group's id (the link id). */
function expectEveryClaimAndLink(map: ArgumentMap): void {
  const svg = viz.renderString(writeDot(map), { format: 'svg' });
  const drawn = [...svg.matchAll(/<g id="node\d+" class="node">\s*<title>(.*?)<\/title>([\s\S]*?)<\/g>/g)].map((m) => ({
    id: unescapeXml(m[1] as string),
    text: [...(m[2] as string).matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((t) => unescapeXml(t[1] as string)).join(' '),
  }));
  expect(drawn.map((d) => d.id).sort()).toEqual(map.nodes.map((c) => c.id).sort());
  for (const claim of map.nodes) {
    const text = drawn.find((d) => d.id === claim.id)?.text ?? '';
    expect(words(text).startsWith(words(claim.label)), `drawn '${text}' for '${claim.label}'`).toBe(true);
  }
  const links = [...svg.matchAll(/<g id="([^"]*)" class="edge">\s*<title>(.*?)<\/title>/g)].map((m) => `${unescapeXml(m[1] as string)} ${unescapeXml(m[2] as string)}`);
  expect(links.sort()).toEqual(map.edges.map((r) => `${r.id} ${r.source}->${r.target}`).sort());
}

describe('DOT export, read and drawn by Graphviz (@viz-js/viz)', () => {
  it('renders the seed map with every claim and every link', () => {
    expectEveryClaimAndLink(loadSeedMap());
  });

  it('draws kinds as shapes and styles, relations as line styles and arrowheads, and statuses in words', () => {
    const map = aMap([aClaim('a', { kind: 'evidence' }), aClaim('b', { kind: 'assumption', status: 'refuted' })], [aRelation('a', 'b', { relation: 'refutes' })]);
    const graph = rendered(map);
    expect(graph.objects?.map((o) => [o.shape, o.style])).toEqual([['note', 'filled'], ['box', 'rounded,dashed']]);
    expect(graph.edges?.map((e) => [e.style, e.arrowhead])).toEqual([['dashed', 'tee']]);
    expect(writeDot(map)).toContain('(refuted)');
  });

  it('renders generated maps with hostile labels: quotes, backslashes, braces, control and bidi characters', () => {
    const hostile = fc.string({ unit: fc.constantFrom('"', '\\', '{', '}', '[', ']', ';', '->', '\n', '\t', '<', '>', '&', '\u202E', 'a', 'é', ' '), minLength: 1, maxLength: 16 })
      .filter((text) => /[a-zé]/.test(text));
    fc.assert(
      fc.property(anyMap(4, 6), fc.array(hostile, { minLength: 5, maxLength: 5 }), (map, texts) => {
        expectEveryClaimAndLink({
          ...map,
          meta: { title: texts[0] as string },
          nodes: map.nodes.map((claim, i) => ({ ...claim, label: texts[(i % 4) + 1] as string })),
        });
      }),
      { numRuns: 60 },
    );
  });
});
