import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../layout/layoutMap.ts';
import { evaluateMap } from '../../model/evaluateMap.ts';
import { aChain, aClaim, aMap, aRelation } from '../../model/testBuilders.ts';
import { loadSeedMap } from '../../model/testSeedMap.ts';
import { lightTheme } from '../svg/theme.ts';
import { MIN_PAPER_LABEL_PT, pagedMapSvgs } from './pagedMapSvgs.ts';
import { pagePoints } from './pageSize.ts';

const seed = loadSeedMap();
const seedLayout = layoutMap(seed, { direction: 'TB' });

/** One cause with `n` effects side by side: a map far wider than any page. */
function aWideMap(n: number) {
  const ids = Array.from({ length: n }, (_, i) => `effect-${i + 1}`);
  return aMap([aClaim('cause'), ...ids.map((id) => aClaim(id, { label: `A long enough label for effect ${id}` }))], ids.map((id) => aRelation('cause', id)));
}

describe('the map on paper', () => {
  it('fits a small map on one A4 landscape page, its labels larger than the 8 pt floor, at A4’s size in points', () => {
    const map = aChain('a', 'b', 'c');
    const paper = pagedMapSvgs(map, layoutMap(map, { direction: 'TB' }), lightTheme, {}, { size: 'a4', orientation: 'landscape' });
    expect(paper.pages).toHaveLength(1);
    expect(paper.labelPt).toBeGreaterThanOrEqual(MIN_PAPER_LABEL_PT);
    const a4 = pagePoints('a4', 'landscape');
    expect([paper.pages[0]?.width, paper.pages[0]?.height].map((px) => Math.round(((px ?? 0) * 72) / 96))).toEqual([Math.round(a4.width), Math.round(a4.height)]);
    expect(paper.pages[0]?.svg).not.toContain('page-label');
  });

  it('splits the seed map on A4 landscape exactly when one page would print its labels under 8 pt', () => {
    const paper = pagedMapSvgs(seed, seedLayout, lightTheme, { standing: { evaluation: evaluateMap(seed) } }, { size: 'a4', orientation: 'landscape' });
    expect(paper.pages.length > 1).toBe(paper.onePageLabelPt < MIN_PAPER_LABEL_PT);
    expect(paper.labelPt).toBeGreaterThanOrEqual(MIN_PAPER_LABEL_PT);
  });

  it('splits a generated wide map into overlapping tiles, each with its label, the marks, the title, the legend and the citation', () => {
    const map = { ...aWideMap(40), meta: { title: 'Forty effects', source: { author: 'A. Teacher', title: 'Notes' } } };
    const paper = pagedMapSvgs(map, layoutMap(map, { direction: 'TB' }), lightTheme, {}, { size: 'letter', orientation: 'auto' });
    expect(paper.onePageLabelPt).toBeLessThan(MIN_PAPER_LABEL_PT);
    expect(paper.cols).toBeGreaterThan(1);
    expect(paper.pages).toHaveLength(paper.rows * paper.cols);
    expect(paper.labelPt).toBeCloseTo(MIN_PAPER_LABEL_PT);
    paper.pages.forEach((page, i) => {
      const [row, col] = [Math.floor(i / paper.cols) + 1, (i % paper.cols) + 1];
      expect(page.svg).toContain(`Page ${row},${col} of ${paper.rows}×${paper.cols}`);
      expect(page.svg).toContain('data-part="overlap-marks"');
      expect(page.svg).toContain('Forty effects');
      expect(page.svg).toContain('data-part="legend"');
      expect(page.svg).toContain('Source: A. Teacher');
    });
    // Neighbouring tiles overlap: every claim is on some page, and a claim on a seam is on both.
    const onPages = paper.pages.map((page) => new Set([...page.svg.matchAll(/data-claim-id="([^"]+)"/g)].map((m) => m[1])));
    for (const claim of map.nodes) expect(onPages.some((ids) => ids.has(claim.id))).toBe(true);
    expect(onPages.reduce((n, ids) => n + ids.size, 0)).toBeGreaterThan(map.nodes.length);
  });
});
