// Canvas and export must not drift: every claim's box, position and line breaks, and every relation's curve, are the same in both.
import { renderMapSvg } from '../src/export/svg/renderMapSvg.ts';
import { byAttr, parseSvg, type SvgElement } from '../src/export/svg/svgTree.testing.ts';
import { BOX_STROKE_WIDTH, lightTheme } from '../src/export/svg/theme.ts';
import { writeFile } from 'node:fs/promises';
import { layoutMap } from '../src/layout/layoutMap.ts';
import { MAX_RELATION_LABEL_WIDTH, RELATION_LABEL_PAD } from '../src/layout/sizeRelationLabel.ts';
import { serializeMap } from '../src/model/serializeMap.ts';
import { aClaim, aMap, aRelation } from '../src/model/testBuilders.ts';
import { expect, test } from './fixtures/causewayTest.ts';
import { readServedMap, SEED_MAP, servedMapPath } from './fixtures/servedMaps.ts';

const seed = readServedMap(SEED_MAP);

interface DrawnClaim {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

function exported(direction: 'TB' | 'LR'): { claims: Map<string, DrawnClaim>; paths: Map<string, string> } {
  const root = parseSvg(renderMapSvg(seed, layoutMap(seed, { direction }), lightTheme));
  const claims = new Map<string, DrawnClaim>();
  for (const group of byAttr(root, 'data-claim-id')) {
    const [, x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(group.attrs.transform ?? '') ?? [];
    const box = byAttr(group, 'data-role', 'box')[0] as SvgElement;
    const label = byAttr(group, 'data-role', 'label')[0] as SvgElement;
    claims.set(group.attrs['data-claim-id'] as string, {
      x: Number(x),
      y: Number(y),
      width: Number(box.attrs.width) + BOX_STROKE_WIDTH,
      height: Number(box.attrs.height) + BOX_STROKE_WIDTH,
      lines: label.children.map((t) => t.text),
    });
  }
  const paths = new Map(byAttr(root, 'data-relation-id').map((p) => [p.attrs['data-relation-id'] as string, p.attrs.d as string]));
  return { claims, paths };
}

for (const direction of ['TB', 'LR'] as const) {
  test(`claim boxes, positions, line breaks and relation curves on the canvas equal the export's (${direction})`, async ({ causeway }) => {
    await causeway.goto();
    if (direction === 'LR') await causeway.toggleDirection();
    const expected = exported(direction);
    const onScreen = await causeway.page.evaluate(() => {
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
      const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport as HTMLElement).transform).a;
      const claims = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => {
        const rect = node.getBoundingClientRect();
        const at = new DOMMatrixReadOnly(getComputedStyle(node).transform);
        return {
          id: node.dataset.id ?? '',
          x: at.e,
          y: at.f,
          width: rect.width / zoom,
          height: rect.height / zoom,
          lines: [...node.querySelectorAll('.claim-node__line')].map((line) => line.textContent ?? ''),
        };
      });
      const paths = [...document.querySelectorAll<HTMLElement>('.react-flow__edge')].map((edge) => ({
        id: edge.dataset.id ?? '',
        d: edge.querySelector('path.react-flow__edge-path')?.getAttribute('d') ?? '',
      }));
      return { claims, paths };
    });

    expect(onScreen.claims.map((c) => c.id).sort()).toEqual([...expected.claims.keys()].sort());
    for (const claim of onScreen.claims) {
      const drawn = expected.claims.get(claim.id) as DrawnClaim;
      expect(claim.lines, `line breaks of ${claim.id}`).toEqual(drawn.lines);
      expect(claim.width, `width of ${claim.id}`).toBeCloseTo(drawn.width, 0);
      expect(claim.height, `height of ${claim.id}`).toBeCloseTo(drawn.height, 0);
      expect(claim.x, `x of ${claim.id}`).toBeCloseTo(drawn.x, 1);
      expect(claim.y, `y of ${claim.id}`).toBeCloseTo(drawn.y, 1);
    }
    expect(onScreen.paths.map((p) => p.id).sort()).toEqual([...expected.paths.keys()].sort());
    const differing = onScreen.paths.filter((path) => path.d !== expected.paths.get(path.id)).map((path) => path.id);
    expect(differing, 'relations drawn along another curve than the export').toEqual([]);
  });
}

const LONG_LABEL_MAP = 'fixture-long-link-label';
const longLabelMap = aMap([aClaim('a', { label: 'Cause' }), aClaim('b', { label: 'Effect' })], [aRelation('a', 'b', { label: 'w'.repeat(500) })]);

test('a 500-character unbroken link label wraps on the canvas into the export’s lines, in a box no wider than the limit', async ({ causeway }) => {
  await writeFile(servedMapPath(LONG_LABEL_MAP), serializeMap(longLabelMap));
  await causeway.goto(LONG_LABEL_MAP);
  const root = parseSvg(renderMapSvg(longLabelMap, layoutMap(longLabelMap, {}), lightTheme));
  const exportedLines = (byAttr(root, 'data-relation-label', 'a-causes-b')[0] as SvgElement).children[1]?.children.map((t) => t.text);
  const label = causeway.edge('a-causes-b').locator('.relation-edge__label');
  await expect(label).toBeVisible();
  const onScreen = await label.evaluate((g) => {
    const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport') as HTMLElement).transform).a;
    return { width: g.getBoundingClientRect().width / zoom, lines: [...g.querySelectorAll('tspan')].map((t) => t.textContent ?? '') };
  });
  expect(onScreen.lines.length).toBeGreaterThan(10);
  expect(onScreen.lines).toEqual(exportedLines);
  expect(onScreen.width).toBeLessThanOrEqual(MAX_RELATION_LABEL_WIDTH + 2 * RELATION_LABEL_PAD.x + 1);
});
