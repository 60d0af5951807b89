import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folded, pdfInfo, pdfPageTexts } from '../export/pdfTools.testing.ts';
import { citationText } from '../export/svg/headerSvg.ts';
import { loadSeedMap } from '../model/testSeedMap.ts';
import { parseExportArgs } from './parseExportArgs.ts';
import { EXIT } from './runExport.ts';
import { runCaptured as run } from './runExportCapture.testing.ts';

const SEED = path.resolve('maps/korean-war-escalation.json');
const STATUS_WORDS = /Supported|Refuted|Contested|Unassessed/;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'causeway-paper-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('export CLI on paper', () => {
  it('writes the PDF at the page size and orientation asked for, each page with the title and the full citation', async () => {
    const a4 = path.join(dir, 'a4');
    expect(await run(SEED, '-f', 'pdf', '--page', 'a4', '--orientation', 'portrait', '-o', a4)).toMatchObject({ code: EXIT.ok, err: [] });
    const bytes = await readFile(path.join(a4, 'korean-war-escalation.pdf'));
    expect(await pdfInfo(bytes)).toMatchObject({ width: 595.28, height: 841.89 });
    const seed = loadSeedMap();
    for (const page of await pdfPageTexts(bytes)) {
      expect(page).toContain(folded(citationText(seed.meta.source ?? { author: '', title: '' })));
      expect(page).toContain('Alliance Transformation');
    }

    const letter = path.join(dir, 'letter');
    expect((await run(SEED, '-f', 'pdf', '--page', 'letter', '--orientation', 'landscape', '-o', letter)).code).toBe(EXIT.ok);
    expect(await pdfInfo(await readFile(path.join(letter, 'korean-war-escalation.pdf')))).toMatchObject({ width: 792, height: 612 });
  }, 60_000);

  it('writes a practice handout without a single status word, and an answer key with the marks', async () => {
    const out = path.join(dir, 'handouts');
    const blank = await run(SEED, '-f', 'pdf,svg', '--handout', 'blank', '-o', out);
    expect(blank).toMatchObject({ code: EXIT.ok, err: [] });
    const blankPdf = await readFile(path.join(out, 'korean-war-escalation-practice-handout.pdf'));
    expect(await pdfInfo(blankPdf)).toMatchObject({ width: expect.closeTo(595.28, 1) });
    const texts = await pdfPageTexts(blankPdf);
    for (const page of texts) expect(page).not.toMatch(STATUS_WORDS);
    expect(texts.join(' ')).toContain('practice handout');
    expect(texts.join(' ')).toContain('draw in each box the sign of your mark');
    const svg = await readFile(path.join(out, 'korean-war-escalation-practice-handout.svg'), 'utf8');
    expect(svg).not.toMatch(STATUS_WORDS);
    expect(svg).not.toMatch(/data-status="(supported|refuted|contested)"/);

    expect((await run(SEED, '-f', 'pdf', '--handout', 'key', '-o', out)).code).toBe(EXIT.ok);
    const key = (await pdfPageTexts(await readFile(path.join(out, 'korean-war-escalation-answer-key.pdf')))).join(' ');
    expect(key).toContain('answer key');
    expect(key).toMatch(/Supported/);
    expect(key).toMatch(/Refuted/);
  }, 60_000);

  it('refuses page and handout words it does not know, and handouts of the map file', () => {
    expect(parseExportArgs(['m.json', '--page', 'a3'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('--page must be') });
    expect(parseExportArgs(['m.json', '--orientation', 'sideways'])).toMatchObject({ kind: 'usage-error' });
    expect(parseExportArgs(['m.json', '--handout', 'answers'])).toMatchObject({ kind: 'usage-error' });
    expect(parseExportArgs(['m.json', '--handout', 'blank', '-f', 'json'])).toMatchObject({ kind: 'usage-error' });
    expect(parseExportArgs(['m.json', '--handout', 'key'])).toMatchObject({ kind: 'run', args: { page: 'a4', orientation: 'auto', handout: 'key' } });
    expect(parseExportArgs(['m.json'])).toMatchObject({ kind: 'run', args: { page: 'fit' } });
  });
});
