import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { nodeExportBackend } from '../../cli/nodeExportBackend.ts';
import { layoutMap } from '../../layout/layoutMap.ts';
import { setStoryNote } from '../../model/edits/storyEdits.ts';
import { markRevealSteps } from '../../model/stagedMarks.ts';
import { stepOrder } from '../../model/stepOrder.ts';
import { aChain } from '../../model/testBuilders.ts';
import { loadSeedMap } from '../../model/testSeedMap.ts';
import { lightTheme } from '../svg/theme.ts';
import { exportSteps, stepSlides } from './exportSteps.ts';
import { SLIDE, stepSlideSvg } from './stepSlideSvg.ts';

const seed = loadSeedMap();
const seedLayout = layoutMap(seed, { direction: seed.layout?.direction ?? 'TB' });

async function pdfPages(bytes: Uint8Array): Promise<{ width: number; height: number; text: string }[]> {
  const pdf = await getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    pages.push({ width, height, text: content.items.map((item) => ('str' in item ? item.str : '')).join(' ') });
  }
  return pages;
}

describe('step slides', () => {
  it('one 16:9 slide per step; each draws the claims revealed so far and rings the current one', () => {
    const slides = stepSlides(seed, seedLayout);
    const order = stepOrder(seed, seed.story);
    expect(slides).toHaveLength(seed.nodes.length);
    expect(SLIDE.width / SLIDE.height).toBeCloseTo(16 / 9);
    for (const slide of [slides[0], slides[5], slides[slides.length - 1]]) {
      if (!slide) throw new Error('missing slide');
      expect(slide.claimId).toBe(order[slide.step - 1]);
      const drawn = [...slide.svg.matchAll(/data-claim-id="([^"]+)"/g)].map((m) => m[1]);
      expect(drawn.sort()).toEqual(order.slice(0, slide.step).sort());
      expect(slide.svg.match(/data-role="current-step"/g)).toHaveLength(1);
      expect(slide.svg).not.toContain('foreignObject');
      expect(() => new XMLParser().parse(slide.svg)).not.toThrow();
    }
  });

  it('stages the marks as Present does: the refuted assumption reads "?" until the evidence refuting it, and its flags come then', () => {
    const slides = stepSlides(seed, seedLayout);
    const order = stepOrder(seed, seed.story);
    const revealedAt = markRevealSteps(seed, order).get('stalin-drove-invasion') as number;
    const own = order.indexOf('stalin-drove-invasion') + 1;
    expect(revealedAt).toBeGreaterThan(own);
    const claimGroup = (svg: string, id: string) => new RegExp(`<g [^>]*data-claim-id="${id}"[^>]*>`).exec(svg)?.[0] ?? '';
    const before = slides[own - 1]?.svg ?? '';
    expect(claimGroup(before, 'stalin-drove-invasion')).toContain('data-mark="hidden"');
    expect(claimGroup(before, 'stalin-drove-invasion')).not.toContain('data-status');
    expect(before).toContain('? (mark not yet revealed)');
    expect(before).not.toContain('data-flag="restsOnMiscalculation"');
    const after = slides[revealedAt - 1]?.svg ?? '';
    expect(claimGroup(after, 'stalin-drove-invasion')).toContain('data-status="refuted"');
    expect(after).toContain('data-flag="restsOnMiscalculation"');
  });

  it('every step keeps the whole map’s frame, so the map does not jump between slides', () => {
    const transforms = stepSlides(seed, seedLayout).map((s) => /data-part="step-map" transform="([^"]+)"/.exec(s.svg)?.[1]);
    expect(new Set(transforms).size).toBe(1);
  });

  it('shows the title in the footer and the slide’s <title> without bidi overrides or isolates', () => {
    const map = { ...aChain('a', 'b'), meta: { title: 'Invoice \u202Efdp.exe', source: { author: '\u2066Wells\u2069', title: 'T' } } };
    const slide = stepSlideSvg(map, layoutMap(map, { direction: 'TB' }), lightTheme, stepOrder(map, map.story), 1);
    expect(slide.svg).toContain('<title>Invoice fdp.exe — step 1 of 2');
    expect(slide.svg).toMatch(/Invoice fdp\.exe — Source: Wells/);
    expect(slide.svg).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('shows the step’s note, and escapes what a person typed', () => {
    const map = setStoryNote(aChain('a', 'b'), 'b', 'Ask: <why> & how?');
    const slide = stepSlideSvg(map, layoutMap(map, { direction: 'TB' }), lightTheme, stepOrder(map, map.story), 2);
    expect(slide.svg).toContain('Ask: &lt;why&gt; &amp; how?');
    expect(slide.svg).toContain('STEP 2 / 2');
  });
});

describe('exportSteps', () => {
  const backend = nodeExportBackend();

  it('writes one PDF page per step, 16:9, with each step’s label as real text', async () => {
    const file = await exportSteps(seed, seedLayout, 'korean-war-escalation', 'pdf', backend);
    expect(file.fileName).toBe('korean-war-escalation-steps.pdf');
    expect(new TextDecoder().decode(file.bytes.slice(0, 5))).toBe('%PDF-');
    const pages = await pdfPages(file.bytes);
    expect(pages).toHaveLength(seed.nodes.length);
    expect(file.steps).toBe(seed.nodes.length);
    const order = stepOrder(seed, seed.story);
    pages.forEach((page, i) => {
      expect(page.width / page.height).toBeCloseTo(16 / 9, 2);
      const label = seed.nodes.find((c) => c.id === order[i])?.label ?? '';
      expect(page.text.replace(/\s+/g, ' ')).toContain(label.split(' ').slice(0, 3).join(' '));
    });
  }, 60_000);

  it('writes a PNG per step into a zip, numbered in step order', async () => {
    const map = aChain('a', 'b', 'c');
    const file = await exportSteps(map, layoutMap(map, { direction: 'TB' }), 'Chain', 'png', backend);
    expect(file.fileName).toBe('chain-steps.zip');
    const entries = unzipSync(file.bytes);
    expect(Object.keys(entries).sort()).toEqual(['chain-steps-1.png', 'chain-steps-2.png', 'chain-steps-3.png']);
    const png = entries['chain-steps-1.png'] as Uint8Array;
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([SLIDE.width, SLIDE.height]);
  }, 60_000);
});
