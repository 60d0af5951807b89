import { describe, expect, it, vi } from 'vitest';
import { layoutMap } from '../../layout/layoutMap.ts';
import { BADGE_PAD_X, ICON_GAP, ICON_SIZE, LABEL_LINE, PAD_X, rowTops } from '../../layout/nodeMetrics.ts';
import { MAX_RELATION_LABEL_WIDTH, RELATION_LABEL_FONT, RELATION_LABEL_PAD } from '../../layout/sizeRelationLabel.ts';
import type { MapLayout } from '../../layout/types.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { aChain, aClaim, aMap, aRelation } from '../../model/testBuilders.ts';
import { loadSeedMap } from '../../model/testSeedMap.ts';
import { renderMapSvg, renderMapSvgDocument } from './renderMapSvg.ts';
import { all, byAttr, parseSvg, type SvgElement, textOf } from './svgTree.testing.ts';
import { BOX_STROKE_WIDTH, kindCaption, lightTheme } from './theme.ts';

// Layout, rasterizing and PDF writing take seconds on a busy machine; the default 5 s is for pure functions.
vi.setConfig({ testTimeout: 30_000 });

const ALLOWED = new Set(['svg', 'title', 'defs', 'marker', 'g', 'rect', 'path', 'text', 'tspan']);

function render(map: ArgumentMap, options = {}) {
  const layout = layoutMap(map, {});
  return { layout, ...renderMapSvgDocument(map, layout, lightTheme, options) };
}

function claimGroups(root: SvgElement): SvgElement[] {
  return byAttr(root, 'data-claim-id');
}

function translateOf(e: SvgElement): { x: number; y: number } {
  const match = /^translate\(([-\d.]+) ([-\d.]+)\)$/.exec(e.attrs.transform ?? '');
  if (!match) throw new Error(`no translate on <${e.name}>: ${e.attrs.transform}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

describe('renderMapSvg on the seed map', () => {
  const seed = loadSeedMap();
  const { svg, layout, width, height } = render(seed);
  const root = parseSvg(svg);

  it('is well-formed XML with the size in whole pixels on the root', () => {
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attrs.width).toBe(String(width));
    expect(root.attrs.height).toBe(String(height));
    expect(root.attrs.viewBox).toBe(`0 0 ${width} ${height}`);
    expect(Number.isInteger(width) && Number.isInteger(height)).toBe(true);
  });

  it('uses only plain drawing elements: no foreignObject, no images, no external references', () => {
    const names = new Set(all(root, () => true).map((e) => e.name));
    expect([...names].filter((n) => !ALLOWED.has(n))).toEqual([]);
    expect(svg).not.toMatch(/foreignObject/i);
    expect(svg).not.toMatch(/href|<style|@import|url\((?!#)/i);
  });

  it('draws one box per claim and one path per relation', () => {
    const groups = claimGroups(root);
    expect(groups.map((g) => g.attrs['data-claim-id'])).toEqual(seed.nodes.map((c) => c.id));
    for (const group of groups) expect(byAttr(group, 'data-role', 'box')).toHaveLength(1);
    const paths = byAttr(root, 'data-relation-id');
    expect(paths.map((p) => p.attrs['data-relation-id'])).toEqual(seed.edges.map((r) => r.id));
    expect(paths.every((p) => p.name === 'path' && /^M/.test(p.attrs.d ?? ''))).toBe(true);
  });

  it("contains every claim's label, in the layout's line breaks", () => {
    for (const claim of seed.nodes) {
      const group = byAttr(root, 'data-claim-id', claim.id)[0] as SvgElement;
      const label = byAttr(group, 'data-role', 'label')[0] as SvgElement;
      const lines = label.children.map((tspan) => tspan.text);
      expect(lines).toEqual(layout.claims[claim.id]?.labelLines);
      expect(lines.join(' ')).toBe(claim.label.split(/\s+/).join(' '));
    }
  });

  it('gives each box the layout size, the kind look and the status badge with icon and word', () => {
    const mapGroup = byAttr(root, 'data-part', 'map')[0] as SvgElement;
    const offset = translateOf(mapGroup);
    for (const claim of seed.nodes) {
      const box = layout.claims[claim.id]!;
      const group = byAttr(root, 'data-claim-id', claim.id)[0] as SvgElement;
      expect(translateOf(group)).toEqual({ x: box.x, y: box.y });
      const rect = byAttr(group, 'data-role', 'box')[0] as SvgElement;
      expect(Number(rect.attrs.width)).toBeCloseTo(box.width - BOX_STROKE_WIDTH, 2);
      expect(Number(rect.attrs.height)).toBeCloseTo(box.height - BOX_STROKE_WIDTH, 2);
      const kind = lightTheme.kinds[claim.kind];
      expect(rect.attrs).toMatchObject({ fill: kind.fill, stroke: kind.stroke, rx: String(kind.radius) });
      expect(rect.attrs['stroke-dasharray']).toBe(kind.dash || undefined);
      expect(textOf(group, '|').split('|')[0]).toBe(kindCaption(kind));
      const badge = byAttr(group, 'data-role', 'status-badge')[0] as SvgElement;
      const status = lightTheme.statuses[claim.status];
      expect(badge.attrs.fill).toBe(status.background);
      expect(Number(badge.attrs.y)).toBe(rowTops(box.labelLines.length).status);
      expect(textOf(group, '|').split('|').at(-1)).toBe(status.word);
      expect(box.x + offset.x).toBeGreaterThanOrEqual(0);
      expect(box.y + offset.y + box.height).toBeLessThanOrEqual(height);
    }
  });

  it('carries the refuted styling on every refuted claim', () => {
    const refuted = seed.nodes.filter((c) => c.status === 'refuted');
    expect(refuted.length).toBeGreaterThan(0);
    expect(byAttr(root, 'data-status', 'refuted').map((g) => g.attrs['data-claim-id'])).toEqual(refuted.map((c) => c.id));
    for (const claim of refuted) {
      const group = byAttr(root, 'data-claim-id', claim.id)[0] as SvgElement;
      const badge = byAttr(group, 'data-role', 'status-badge')[0] as SvgElement;
      expect(badge.attrs.fill).toBe(lightTheme.statuses.refuted.background);
      const icon = all(group, (e) => e.name === 'path' && e.attrs.d === lightTheme.statuses.refuted.icon.path)[0];
      expect(icon?.attrs.stroke).toBe(lightTheme.statuses.refuted.color);
      expect(textOf(group, '|')).toContain('Refuted');
    }
  });

  it('styles each relation as the theme says, with its own marker', () => {
    for (const relation of seed.edges) {
      const path = byAttr(root, 'data-relation-id', relation.id)[0] as SvgElement;
      const style = lightTheme.relations[relation.relation];
      expect(path.attrs).toMatchObject({ stroke: style.color, 'stroke-width': String(style.width), fill: 'none', 'data-relation': relation.relation });
      expect(path.attrs['stroke-dasharray']).toBe(style.dash || undefined);
      const id = /^url\(#(.+)\)$/.exec(path.attrs['marker-end'] ?? '')?.[1];
      const marker = byAttr(root, 'id', id)[0];
      expect(marker?.name).toBe('marker');
      expect(marker?.children[0]?.attrs.stroke).toBe(style.color);
    }
  });

  it('places title above the map and legend and citation below it', () => {
    const [title, map, legend, citation] = ['title', 'map', 'legend', 'citation'].map((part) => byAttr(root, 'data-part', part)[0] as SvgElement);
    expect(textOf(title!, ' ')).toBe(seed.meta.title);
    expect(textOf(legend!, ' ')).toContain('Refuted');
    expect(textOf(legend!, ' ')).toContain('motivates');
    expect(textOf(citation!, ' ')).toContain('Samuel Wells');
    const ys = [title, map, legend, citation].map((e) => translateOf(e!).y);
    expect(ys[0]).toBeLessThan(ys[1]! + layout.bounds.y);
    expect(ys[2]).toBeGreaterThan(ys[1]! + layout.bounds.y + layout.bounds.height);
    expect(ys[3]).toBeGreaterThan(ys[2]!);
  });

  it('is deterministic: the same input gives the same string', () => {
    expect(renderMapSvg(seed, layoutMap(seed, {}), lightTheme)).toBe(svg);
    const shuffled: MapLayout = {
      ...layout,
      claims: Object.fromEntries(Object.entries(layout.claims).reverse()),
      relations: Object.fromEntries(Object.entries(layout.relations).reverse()),
    };
    expect(renderMapSvg(seed, shuffled, lightTheme)).toBe(svg);
  });
});

describe('renderMapSvg options', () => {
  const map = aMap(
    [aClaim('a', { status: 'supported' }), aClaim('b', { kind: 'evidence' }), aClaim('c', { kind: 'assumption', status: 'refuted' }), aClaim('d')],
    [aRelation('a', 'b'), aRelation('b', 'c', { relation: 'refutes' }), aRelation('c', 'd', { relation: 'motivates' }), aRelation('a', 'd', { relation: 'supports' })],
    { meta: { title: 'Options', source: { author: 'A. Author', title: 'A paper' } } },
  );

  it('leaves out title, legend and citation on request, and keeps them by default', () => {
    const parts = (options: object) => byAttr(parseSvg(render(map, options).svg), 'data-part').map((e) => e.attrs['data-part']);
    expect(parts({})).toEqual(expect.arrayContaining(['title', 'legend', 'citation', 'background']));
    const bare = parts({ title: false, legend: false, citation: false });
    expect(bare).not.toContain('title');
    expect(bare).not.toContain('legend');
    expect(bare).not.toContain('citation');
  });

  it('paints the background white by default and nothing when transparent', () => {
    const white = byAttr(parseSvg(render(map).svg), 'data-part', 'background');
    expect(white[0]?.attrs.fill).toBe(lightTheme.background);
    expect(byAttr(parseSvg(render(map, { background: 'transparent' }).svg), 'data-part', 'background')).toEqual([]);
  });

  it('draws only the selected claims and the relations between two of them', () => {
    const { svg } = render(map, { selection: ['a', 'b', 'd'] });
    const root = parseSvg(svg);
    expect(claimGroups(root).map((g) => g.attrs['data-claim-id'])).toEqual(['a', 'b', 'd']);
    expect(byAttr(root, 'data-relation-id').map((p) => p.attrs['data-relation-id'])).toEqual(['a-causes-b', 'a-supports-d']);
    expect(svg).not.toContain('Claim c');
  });

  it('crops a selection to its own bounds', () => {
    const chain = aChain('p', 'q', 'r', 's', 't', 'u');
    const whole = render(chain, { title: false, legend: false, citation: false });
    const part = render(chain, { selection: ['u'], title: false, legend: false, citation: false });
    expect(part.height).toBeLessThan(whole.height / 3);
    const group = claimGroups(parseSvg(part.svg))[0] as SvgElement;
    const mapGroup = byAttr(parseSvg(part.svg), 'data-part', 'map')[0] as SvgElement;
    expect(translateOf(mapGroup).y + translateOf(group).y).toBe(24);
  });

  it('renders an empty map and an empty selection without failing', () => {
    expect(() => parseSvg(render(aMap()).svg)).not.toThrow();
    expect(claimGroups(parseSvg(render(map, { selection: [] }).svg))).toEqual([]);
  });

  it('draws a relation label on a backing at the middle of its route', () => {
    const labelled = aMap([aClaim('a'), aClaim('b')], [aRelation('a', 'b', { label: 'within months' })]);
    const root = parseSvg(render(labelled).svg);
    const label = byAttr(root, 'data-relation-label', 'a-causes-b')[0] as SvgElement;
    expect(textOf(label)).toBe('within months');
    expect(label.children.map((c) => c.name)).toEqual(['rect', 'text']);
  });

  it('wraps a long unbroken relation label into several lines on a narrow backing, within the drawing', () => {
    const long = 'x'.repeat(500);
    const labelled = aMap([aClaim('a'), aClaim('b')], [aRelation('a', 'b', { label: long })]);
    const { svg, width } = render(labelled);
    const root = parseSvg(svg);
    const label = byAttr(root, 'data-relation-label', 'a-causes-b')[0] as SvgElement;
    const [rect, text] = label.children as [SvgElement, SvgElement];
    const mapLeft = translateOf(byAttr(root, 'data-part', 'map')[0] as SvgElement).x;
    expect(text.children.length).toBeGreaterThan(10);
    expect(text.children.map((line) => line.text).join('')).toBe(long);
    expect(Number(rect.attrs.width)).toBeLessThanOrEqual(MAX_RELATION_LABEL_WIDTH + 2 * RELATION_LABEL_PAD.x);
    expect(Number(rect.attrs.height)).toBe(text.children.length * RELATION_LABEL_FONT.lineHeight + 2 * RELATION_LABEL_PAD.y);
    expect(mapLeft + Number(rect.attrs.x)).toBeGreaterThanOrEqual(0);
    expect(mapLeft + Number(rect.attrs.x) + Number(rect.attrs.width)).toBeLessThanOrEqual(width);
  });
});

describe('renderMapSvg escapes hostile text', () => {
  const hostile = `<script>alert("x")</script> & 'quotes' ]]> 🙂 שלום עולם`;
  const map = aMap(
    [aClaim('a', { label: hostile }), aClaim('b', { label: 'controls \u0001\u0008 and a lone \uD800 surrogate' })],
    [aRelation('a', 'b', { label: '</text><foreignObject>' })],
    { meta: { title: `</title><script>1</script>`, source: { author: '"Quoted" & <b>', title: "it's" } } },
  );
  const { svg, layout } = render(map);

  it('stays well-formed, with no element a label smuggled in', () => {
    const root = parseSvg(svg);
    expect(all(root, (e) => !ALLOWED.has(e.name))).toEqual([]);
    expect(svg).not.toMatch(/<script|<foreignObject|<b>/);
  });

  it('keeps the text itself, decoded back to what the map says', () => {
    const root = parseSvg(svg);
    const label = byAttr(byAttr(root, 'data-claim-id', 'a')[0]!, 'data-role', 'label')[0] as SvgElement;
    expect(label.children.map((t) => t.text)).toEqual(layout.claims.a?.labelLines);
    expect(textOf(byAttr(root, 'data-part', 'title')[0]!)).toBe('</title><script>1</script>');
    expect(textOf(byAttr(root, 'data-part', 'citation')[0]!, ' ')).toContain('"Quoted" & <b>');
    expect(svg.includes('\u0001') || svg.includes('\u0008')).toBe(false);
  });
});

describe('renderMapSvg neutralises bidi controls in the title and citation', () => {
  it('takes overrides, embeddings and isolates out of the drawn title, the <title> and the citation; labels keep theirs', () => {
    const map = aMap([aClaim('a', { label: 'x\u202Ey' })], [], {
      meta: { title: 'Invoice \u202Efdp.exe\u202C', source: { author: '\u2066Wells\u2069', title: '\u202DT\u202C', venue: '\u202Bv\u202C' } },
    });
    const { svg } = render(map);
    const root = parseSvg(svg);
    expect(textOf(byAttr(root, 'data-part', 'title')[0]!)).toBe('Invoice fdp.exe');
    expect(textOf(all(root, (e) => e.name === 'title')[0]!)).toBe('Invoice fdp.exe');
    expect(textOf(byAttr(root, 'data-part', 'citation')[0]!, ' ')).toBe('Source: Wells, “T”, v');
    expect(svg.split('x\u202Ey')).toHaveLength(2);
    expect(svg.split('x\u202Ey').join('')).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('claim rows', () => {
  it('puts the badge icon and word where nodeMetrics says', () => {
    const map = aMap([aClaim('a', { status: 'contested' })]);
    const { svg, layout } = render(map);
    const group = byAttr(parseSvg(svg), 'data-claim-id', 'a')[0] as SvgElement;
    const status = rowTops(layout.claims.a!.labelLines.length).status;
    const texts = all(group, (e) => e.name === 'text');
    const word = texts.at(-1) as SvgElement;
    expect(Number(word.attrs.x)).toBe(PAD_X + BADGE_PAD_X + ICON_SIZE + ICON_GAP);
    expect(Number(word.attrs.y)).toBeGreaterThan(status);
    const label = byAttr(group, 'data-role', 'label')[0] as SvgElement;
    const baselines = label.children.map((t) => Number(t.attrs.y));
    baselines.slice(1).forEach((y, i) => expect(y - (baselines[i] as number)).toBeCloseTo(LABEL_LINE, 5));
  });
});

describe('renderMapSvg with a joint group', () => {
  const map = aMap(
    [aClaim('p', { label: 'Premise' }), aClaim('q', { label: 'Co-premise' }), aClaim('e', { label: 'Other evidence' }), aClaim('t', { label: 'Thesis' })],
    [
      aRelation('p', 't', { relation: 'supports', joint: 't-joint' }),
      aRelation('q', 't', { relation: 'supports', joint: 't-joint' }),
      aRelation('e', 't', { relation: 'supports' }),
    ],
  );
  const { svg, layout } = render(map);
  const root = parseSvg(svg);
  const relations = byAttr(root, 'data-part', 'relations')[0] as SvgElement;
  const arrows = all(relations, (e) => e.name === 'path' && e.attrs['marker-end'] !== undefined);

  it('draws the group as one arrow: its branches meet at a junction, and one stem with one arrowhead goes on into the target', () => {
    const branches = byAttr(relations, 'data-joint', 't-joint');
    expect(branches.map((e) => e.attrs['data-relation-id']).sort()).toEqual(['p-supports-t', 'q-supports-t']);
    for (const branch of branches) expect(branch.attrs['marker-end']).toBeUndefined();
    // Three links into the thesis, two arrowheads: the group's one and the separate link's.
    expect(arrows).toHaveLength(2);
    expect(byAttr(relations, 'data-joint-stem', 't-joint')).toHaveLength(1);
    expect(byAttr(relations, 'data-joint-junction', 't-joint')).toHaveLength(1);
    const junction = layout.relations['p-supports-t']?.joint?.junction as { x: number; y: number };
    expect(layout.relations['q-supports-t']?.joint?.junction).toEqual(junction);
    for (const branch of branches) expect(branch.attrs.d?.endsWith(`${junction.x} ${junction.y}`)).toBe(true);
    expect(byAttr(relations, 'data-joint-stem', 't-joint')[0]?.attrs.d?.startsWith(`M${junction.x} ${junction.y}`)).toBe(true);
  });

  it('ends the stem where both members’ routes end, on the thesis’s top, with the separate link beside it', () => {
    const end = layout.relations['p-supports-t']?.points.at(-1);
    const thesis = layout.claims.t as { x: number; y: number; width: number };
    expect(layout.relations['q-supports-t']?.points.at(-1)).toEqual(end);
    expect(end?.y).toBe(thesis.y);
    expect(layout.relations['e-supports-t']?.points.at(-1)).not.toEqual(end);
  });
});
