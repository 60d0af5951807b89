import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { nodeExportBackend } from '../../cli/nodeExportBackend.ts';
import { layoutMap } from '../../layout/layoutMap.ts';
import { setStoryNote } from '../../model/edits/storyEdits.ts';
import { claimFlags } from '../../model/evaluateMap.ts';
import { markRevealSteps } from '../../model/stagedMarks.ts';
import { stepOrder } from '../../model/stepOrder.ts';
import { aChain } from '../../model/testBuilders.ts';
import { loadSeedMap } from '../../model/testSeedMap.ts';
import { folded, pdfInfo, pdfPageTexts } from '../pdfTools.testing.ts';
import { flagWords } from '../../model/flagWords.ts';
import { citationText } from '../svg/headerSvg.ts';
import { lightTheme } from '../svg/theme.ts';
import { exportSteps, stepSlides } from './exportSteps.ts';
import { stepMarks } from './stepMarks.ts';
import { MIN_LABEL_PT } from './slideView.ts';
import { SLIDE, stepSlideSvg } from './stepSlideSvg.ts';

const seed = loadSeedMap();
const seedLayout = layoutMap(seed, { direction: seed.layout?.direction ?? 'TB' });

async function pdfNotes(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const notes = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const annotations = (await (await pdf.getPage(i)).getAnnotations()) as { subtype: string; contentsObj?: { str: string } }[];
    notes.push(annotations.filter((a) => a.subtype === 'Text').map((a) => a.contentsObj?.str ?? '').join('\n'));
  }
  return notes;
}

describe('step slides', () => {
  it('the whole map opens and closes the deck; each step between draws the claims revealed so far and rings the current one', () => {
    const slides = stepSlides(seed, seedLayout);
    const order = stepOrder(seed, seed.story);
    expect(slides).toHaveLength(seed.nodes.length + 2);
    expect(SLIDE.width / SLIDE.height).toBeCloseTo(16 / 9);
    const whole = (svg: string) => [...svg.matchAll(/data-claim-id="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(whole(slides[0]?.svg ?? '')).toEqual([...order].sort());
    expect(whole(slides.at(-1)?.svg ?? '')).toEqual([...order].sort());
    expect(whole(slides[1]?.svg ?? '')).toEqual([order[0]]);
    for (const slide of [slides[1], slides[6], slides.at(-2)]) {
      if (!slide) throw new Error('missing slide');
      expect(slide.claimId).toBe(order[slide.step - 1]);
      // A close-up draws only what reaches into its view: never a claim not yet revealed, always the step's own.
      const drawn = whole(slide.svg);
      expect(drawn).toContain(slide.claimId);
      for (const id of drawn) expect(order.slice(0, slide.step)).toContain(id);
      expect(slide.svg.match(/data-role="current-step"/g)).toHaveLength(1);
      expect(slide.svg).not.toContain('foreignObject');
      expect(() => new XMLParser().parse(slide.svg)).not.toThrow();
    }
  });

  it('zooms each step so its labels print at 9 pt or more, closer in when the revealed part is too big', () => {
    const slides = stepSlides(seed, seedLayout).slice(1, -1);
    for (const slide of slides) expect(slide.labelPt).toBeGreaterThanOrEqual(MIN_LABEL_PT);
    // Step 1 is one claim: blown up, not one small box on an empty page.
    expect(slides[0]?.labelPt).toBeGreaterThan(15);
    // The later steps of the seed map are too wide for 9 pt, so they show a close-up and say so.
    expect(slides.at(-1)?.svg).toContain('Close-up of this step’s claim');
  });

  it('stages the marks as Present does: the refuted assumption reads "?" on its own slide, until the evidence refuting it', () => {
    const slides = stepSlides(seed, seedLayout);
    const order = stepOrder(seed, seed.story);
    const revealedAt = markRevealSteps(seed, order).get('stalin-drove-invasion') as number;
    const own = order.indexOf('stalin-drove-invasion') + 1;
    expect(revealedAt).toBeGreaterThan(own);
    // slides[0] is the opening whole map, so step k is slides[k].
    const ownSlide = slides[own]?.svg ?? '';
    const claimGroup = new RegExp('<g [^>]*data-claim-id="stalin-drove-invasion"[^>]*>').exec(ownSlide)?.[0] ?? '';
    expect(claimGroup).toContain('data-mark="hidden"');
    expect(claimGroup).not.toContain('data-status');
    expect(ownSlide).toContain('? (mark not yet revealed)');
    // The legend explains the "?" rather than calling the hidden mark unassessed.
    expect(ownSlide.split('mark not yet revealed').length - 1).toBeGreaterThanOrEqual(2);
    expect(ownSlide).not.toContain('Unassessed');
    expect(stepMarks(seed, order, revealedAt - 1).hiddenMarks.has('stalin-drove-invasion')).toBe(true);
    expect(stepMarks(seed, order, revealedAt).hiddenMarks.has('stalin-drove-invasion')).toBe(false);
    expect(stepMarks(seed, order, order.length + 1).hiddenMarks.size).toBe(0);
  });

  it('has a legend of only what the slide draws', () => {
    const first = stepSlides(seed, seedLayout)[1]?.svg ?? '';
    const legend = /data-part="legend"[^>]*>(.*?)<\/g><text data-part/s.exec(first)?.[1] ?? first;
    expect(legend).toContain('>Event<');
    expect(legend).not.toContain('>Assumption<');
    expect(legend).not.toContain('>Refuted<');
  });

  it('cites the map’s source in full in the footer, and the slide’s <title> without bidi overrides or isolates', () => {
    const map = { ...aChain('a', 'b'), meta: { title: 'Invoice \u202Efdp.exe', source: { author: '\u2066Wells\u2069', title: 'T' } } };
    const slide = stepSlideSvg(map, layoutMap(map, { direction: 'TB' }), lightTheme, stepOrder(map, map.story), 1);
    expect(slide.svg).toContain('<title>Invoice fdp.exe — step 1 of 2');
    expect(slide.svg).toMatch(/Invoice fdp\.exe — Source: Wells/);
    expect(slide.svg).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('shows the step’s note, escapes what a person typed, and puts the note in the presenter notes', () => {
    const map = setStoryNote(aChain('a', 'b'), 'b', 'Ask: <why> & how?');
    const slide = stepSlideSvg(map, layoutMap(map, { direction: 'TB' }), lightTheme, stepOrder(map, map.story), 2);
    expect(slide.svg).toContain('Ask: &lt;why&gt; &amp; how?');
    expect(slide.svg).toContain('STEP 2 OF 2');
    expect(slide.notes).toContain('Your note: Ask: <why> & how?');
  });
});

describe('exportSteps', () => {
  const backend = nodeExportBackend();

  it('writes a 16:9 PDF whose step pages hold the claim’s label and text, its flag words, its quotes and the full citation, with presenter notes', async () => {
    const file = await exportSteps(seed, seedLayout, 'korean-war-escalation', 'pdf', backend);
    expect(file.fileName).toBe('korean-war-escalation-steps.pdf');
    expect(file.steps).toBe(seed.nodes.length);
    const info = await pdfInfo(file.bytes);
    expect(info).toEqual({ pages: seed.nodes.length + 2, width: 1200, height: 675 });
    const pages = await pdfPageTexts(file.bytes);
    const notes = await pdfNotes(file.bytes);
    if (!seed.meta.source) throw new Error('the seed map cites its source');
    const citation = folded(citationText(seed.meta.source));
    const order = stepOrder(seed, seed.story);
    let flagged = 0;
    pages.forEach((page, i) => {
      expect(page).toContain(citation);
      const id = order[i - 1];
      const claim = seed.nodes.find((c) => c.id === id);
      if (!claim) return;
      expect(page).toContain(folded(claim.label));
      if (claim.text) expect(page).toContain(folded(claim.text));
      for (const ref of claim.sources) expect(page).toContain(folded(ref.quote).slice(0, 60));
      // The flags the step shows are the staged ones: what Present shows at that step.
      for (const flag of claimFlags(stepMarks(seed, order, i).evaluation, claim.id)) {
        flagged++;
        if (flag.kind !== 'broken') expect(page).toContain(flagWords(seed.meta.flagName).tags[flag.kind]);
        expect(notes[i]).toContain('why:');
      }
      expect(notes[i]).toContain(`Step ${i} of ${order.length}: ${claim.label}`);
    });
    // The seed map has flagged claims, so the flag check above did run.
    expect(flagged).toBeGreaterThan(0);
    expect(notes[0]).toContain('Opening');
  }, 90_000);

  it('writes a PNG per slide into a zip, named in deck order', async () => {
    const map = aChain('a', 'b', 'c');
    const file = await exportSteps(map, layoutMap(map, { direction: 'TB' }), 'Chain', 'png', backend);
    expect(file.fileName).toBe('chain-steps.zip');
    const entries = unzipSync(file.bytes);
    expect(Object.keys(entries).sort()).toEqual(['chain-steps-0-whole-map.png', 'chain-steps-1.png', 'chain-steps-2.png', 'chain-steps-3.png', 'chain-steps-4-whole-map-marked.png']);
    const png = entries['chain-steps-1.png'] as Uint8Array;
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([SLIDE.width, SLIDE.height]);
  }, 60_000);
});
