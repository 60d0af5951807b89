import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveStoryStep } from '../model/edits/storyEdits.ts';
import { serializeMap } from '../model/serializeMap.ts';
import { aChain } from '../model/testBuilders.ts';
import { parseExportArgs } from './parseExportArgs.ts';
import { EXIT } from './runExport.ts';
import { runCaptured as run } from './runExportCapture.testing.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'causeway-steps-'));
  await writeFile(path.join(dir, 'chain.json'), serializeMap(moveStoryStep(aChain('a', 'b', 'c', 'd'), 3, 0)));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('export CLI --steps', () => {
  it('writes the presentation as a PDF (the default) and a zip of PNGs, one per step between the two whole-map slides', async () => {
    const out = path.join(dir, 'out');
    const result = await run(path.join(dir, 'chain.json'), '--steps', '--out', out);
    expect(result).toMatchObject({ code: EXIT.ok, err: [] });
    expect(result.out).toEqual([expect.stringMatching(/chain-steps\.pdf {2}pdf {2}4 steps {2}6 pages {2}\d+ bytes$/)]);
    const pdf = await readFile(path.join(out, 'chain-steps.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(6);

    const png = await run(path.join(dir, 'chain.json'), '--steps', '-f', 'png', '--out', out);
    expect(png.code).toBe(EXIT.ok);
    expect((await readdir(out)).sort()).toEqual(['chain-steps.pdf', 'chain-steps.zip']);
    const entries = Object.keys(unzipSync(await readFile(path.join(out, 'chain-steps.zip')))).sort();
    expect(entries).toEqual(['chain-steps-0-whole-map.png', 'chain-steps-1.png', 'chain-steps-2.png', 'chain-steps-3.png', 'chain-steps-4.png', 'chain-steps-5-whole-map-marked.png']);
  }, 60_000);

  it('refuses formats that have no step form, as a usage error', async () => {
    const result = await run(path.join(dir, 'chain.json'), '--steps', '-f', 'svg');
    expect(result.code).toBe(EXIT.usage);
    expect(result.err[0]).toContain('--steps writes pdf or png');
    expect(parseExportArgs(['m.json'])).toMatchObject({ kind: 'run', args: { steps: false, formats: ['svg'] } });
  });
});
