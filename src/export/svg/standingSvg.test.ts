import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../layout/layoutMap.ts';
import { applyWhatIf } from '../../model/applyWhatIf.ts';
import { type ClaimFlagKind, claimFlags, evaluateMap } from '../../model/evaluateMap.ts';
import { DEFAULT_FLAG_NAME, DEFAULT_FLAG_WORDS } from '../../model/flagWords.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { loadSeedMap } from '../../model/testSeedMap.ts';
import { aClaim, aMap, aRelation } from '../../model/testBuilders.ts';
import { renderMapSvgDocument } from './renderMapSvg.ts';
import { all, byAttr, parseSvg, textOf } from './svgTree.testing.ts';
import { lightTheme } from './theme.ts';

function render(map: ArgumentMap, whatIfWas?: Record<string, 'supported' | 'refuted'>) {
  const layout = layoutMap(map, {});
  const evaluation = evaluateMap(map);
  const plain = renderMapSvgDocument(map, layout, lightTheme);
  const withStanding = renderMapSvgDocument(map, layout, lightTheme, { standing: { evaluation, ...(whatIfWas ? { whatIfWas } : {}) } });
  return { evaluation, plain, withStanding, root: parseSvg(withStanding.svg) };
}

describe('the computed layer in the SVG export', () => {
  const seed = loadSeedMap();

  it('draws one tag per flag of every flagged claim, with the flag word, as the canvas does', () => {
    const { evaluation, root } = render(seed);
    const expected = seed.nodes.flatMap((claim) => claimFlags(evaluation, claim.id).map((flag) => `${claim.id}:${flag.kind}`));
    expect(expected.length).toBeGreaterThan(0);
    const drawn = byAttr(root, 'data-standing').flatMap((group) =>
      byAttr(group, 'data-flag').map((tag) => `${group.attrs['data-standing']}:${tag.attrs['data-flag']}`),
    );
    expect(drawn.sort()).toEqual(expected.sort());
    expect(textOf(root)).toContain('Miscalculation');
  });

  it('uses the map’s own name for its flag on the tags and in the legend, and the default name without one', () => {
    const named = render({ ...seed, meta: { ...seed.meta, flagName: 'Pretext' } }).root;
    expect(byAttr(named, 'data-part').find((e) => e.attrs['data-part'] === 'legend')).toSatisfy((legend) => textOf(legend).includes('Pretext'));
    const tags = byAttr(named, 'data-standing').map((group) => textOf(group));
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.every((text) => text.includes('Pretext') && !text.includes('Miscalculation'))).toBe(true);
    const { flagName: _, ...unnamed } = seed.meta;
    expect(textOf(render({ ...seed, meta: unnamed }).root)).toContain(DEFAULT_FLAG_NAME);
  });

  it('shrinks the tags of a narrow, many-flagged claim to icons inside its box, each named by a title', () => {
    const map = aMap(
      [
        aClaim('belief', { kind: 'assumption', status: 'refuted' }),
        aClaim('report', { kind: 'evidence', status: 'refuted' }),
        aClaim('plan', { label: 'Plan', status: 'supported' }),
      ],
      [aRelation('belief', 'plan', { relation: 'motivates' }), aRelation('report', 'plan', { relation: 'supports' })],
    );
    const { evaluation, root } = render(map);
    const flags = claimFlags(evaluation, 'plan').map((flag) => flag.kind as ClaimFlagKind);
    expect(flags.length).toBeGreaterThanOrEqual(2);
    const group = byAttr(root, 'data-standing').find((g) => g.attrs['data-standing'] === 'plan');
    const box = layoutMap(map, {}).claims.plan;
    const compact = group ? byAttr(group, 'data-compact-flag') : [];
    expect(compact.map((g) => g.attrs['data-compact-flag'])).toEqual(flags);
    expect(compact.map((g) => g.children.find((c) => c.name === 'title')?.text)).toEqual(flags.map((flag) => DEFAULT_FLAG_WORDS.tags[flag]));
    const boxRight = (box?.x ?? 0) + (box?.width ?? 0);
    expect(boxRight).toBeGreaterThan(0);
    for (const tag of group ? byAttr(group, 'data-flag') : []) expect(Number(tag.attrs.x) + Number(tag.attrs.width)).toBeLessThanOrEqual(boxRight);
  });

  it('fades the broken links and puts a break mark on each', () => {
    const { evaluation, root } = render(seed);
    const broken = Object.entries(evaluation.relations).filter(([, s]) => s.broken).map(([id]) => id);
    expect(broken.length).toBeGreaterThan(0);
    const faded = byAttr(root, 'data-broken').map((g) => g.attrs['data-relation-id']);
    expect(faded.sort()).toEqual([...broken].sort());
    expect(byAttr(root, 'data-role').filter((e) => e.attrs['data-role'] === 'break-mark')).toHaveLength(broken.length);
  });

  it('adds the flags and the broken link to the legend, and keeps the plain export unchanged without standing', () => {
    const { plain, root } = render(seed);
    const legend = byAttr(root, 'data-part').find((e) => e.attrs['data-part'] === 'legend');
    expect(legend && textOf(legend)).toContain('Broken link');
    expect(legend && textOf(legend)).toContain(DEFAULT_FLAG_WORDS.tags.unsupported);
    expect(plain.svg).not.toContain('data-flag');
    expect(plain.svg).not.toContain('Broken link');
  });

  it('frames the what-if claims, says so under the title, and flags what the changed marks imply', () => {
    const real = seed.nodes.filter((c) => c.kind === 'assumption' && c.status === 'refuted');
    const overrides = Object.fromEntries(real.map((c) => [c.id, 'supported' as const]));
    const shown = applyWhatIf(seed, overrides);
    const { root, evaluation } = render(shown, Object.fromEntries(real.map((c) => [c.id, 'refuted' as const])));
    expect(Object.values(evaluation.claims).some((s) => s.restsOnMiscalculation)).toBe(false);
    const frames = all(root, (e) => e.attrs['data-role'] === 'what-if');
    expect(frames).toHaveLength(real.length);
    expect(textOf(root)).toContain(`What-if view: ${real.length} statuses differ`);
  });
});
