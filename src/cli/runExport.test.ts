import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderMapSvg } from '../export/svg/renderMapSvg.ts';
import { lightTheme } from '../export/svg/theme.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import { evaluateMap } from '../model/evaluateMap.ts';
import { serializeMap } from '../model/serializeMap.ts';
import { aChain, aClaim, aMap, aRelation } from '../model/testBuilders.ts';
import { loadSeedMap, SEED_MAP_FILE } from '../model/testSeedMap.ts';
import { EXIT, runExport } from './runExport.ts';
import { runCaptured as run } from './runExportCapture.testing.ts';

// Layout, rasterizing and PDF writing take seconds on a busy machine; the default 5 s is for pure functions.
vi.setConfig({ testTimeout: 30_000 });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'causeway-export-'));
  await writeFile(path.join(dir, 'one.json'), serializeMap(aChain('a', 'b', 'c')));
  await writeFile(path.join(dir, 'two.json'), serializeMap(aMap([aClaim('x'), aClaim('y')], [aRelation('x', 'y', { relation: 'supports' })])));
  const broken = { ...aChain('a', 'b'), edges: [aRelation('a', 'nobody'), aRelation('a', 'a')] };
  await writeFile(path.join(dir, 'bad.txt'), serializeMap(broken));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('export CLI', () => {
  it('writes every format asked for, one summary line per file with format, pixel size and bytes', async () => {
    const out = path.join(dir, 'slides');
    const result = await run(SEED_MAP_FILE, '--format', 'png,svg', '-f', 'pdf', '--format', 'json', '--scale', '2', '--out', out);
    expect(result).toMatchObject({ code: EXIT.ok, err: [] });
    expect(result.out).toHaveLength(4);
    const files = await readdir(out);
    expect(files.sort()).toEqual(['korean-war-escalation.json', 'korean-war-escalation.pdf', 'korean-war-escalation.png', 'korean-war-escalation.svg']);
    for (const line of result.out) {
      const [file, format, size, bytes] = line.split(/\s{2}/);
      expect((await stat(file as string)).size).toBe(Number(bytes?.replace(/ bytes$/, '')));
      expect(file?.endsWith(`.${format}`)).toBe(true);
      expect(size).toMatch(format === 'json' ? /^-$/ : /^\d+x\d+ px$/);
    }
    const svgLine = result.out.find((l) => l.includes('  svg  ')) as string;
    const pngLine = result.out.find((l) => l.includes('  png  ')) as string;
    const [w, h] = (/(\d+)x(\d+) px/.exec(svgLine) ?? []).slice(1).map(Number);
    expect(pngLine).toContain(`${(w as number) * 2}x${(h as number) * 2} px`);
  });

  it('writes the same SVG the renderer gives for the same map and options', async () => {
    const out = path.join(dir, 'same');
    await run(SEED_MAP_FILE, '--no-legend', '--direction', 'LR', '--background', 'transparent', '--out', out);
    const seed = loadSeedMap();
    const expected = renderMapSvg(seed, layoutMap(seed, { direction: 'LR' }), lightTheme, {
      legend: false,
      background: 'transparent',
      standing: { evaluation: evaluateMap(seed) },
    });
    expect(await readFile(path.join(out, 'korean-war-escalation.svg'), 'utf8')).toBe(expected);
  });

  it('leaves out title, legend and citation on request', async () => {
    const out = path.join(dir, 'bare');
    await run(SEED_MAP_FILE, '--no-title', '--no-legend', '--no-citation', '--out', out);
    const svg = await readFile(path.join(out, 'korean-war-escalation.svg'), 'utf8');
    expect(svg).not.toMatch(/data-part="(title|legend|citation)"/);
  });

  it('expands a quoted glob, in sorted order', async () => {
    const out = path.join(dir, 'glob');
    const result = await run(path.join(dir, '*.json'), '--out', out);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out.map((l) => path.basename(l.split('  ')[0] as string))).toEqual(['one.svg', 'two.svg']);
  });

  it('exits 1 and lists the problems of an invalid map, still writing the valid ones', async () => {
    const out = path.join(dir, 'mixed');
    const result = await run(path.join(dir, 'bad.txt'), path.join(dir, 'one.json'), '--out', out);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err[0]).toMatch(/bad\.txt: not exported, 2 problems:$/);
    expect(result.err.slice(1)).toEqual([expect.stringMatching(/^ {2}edges\[0\]\.target: /), expect.stringMatching(/^ {2}edges\[1\]/)]);
    expect(result.out).toHaveLength(1);
    expect(await readdir(out)).toEqual(['one.svg']);
  });

  it('exits 1 and names a map whose layout fails, still writing the maps after it', async () => {
    const out = path.join(dir, 'layout-fails');
    // Every map the format accepts lays out, so no real map can make the layout throw: this layout refuses one map.
    const layout: typeof layoutMap = (map, options) => {
      if (map.nodes.some((claim) => claim.id === 'x')) throw new RangeError('Maximum call stack size exceeded');
      return layoutMap(map, options);
    };
    const out1: string[] = [];
    const err: string[] = [];
    const code = await runExport([path.join(dir, 'two.json'), path.join(dir, 'one.json'), '--format', 'svg,json', '--out', out], { out: (l) => out1.push(l), err: (l) => err.push(l) }, { layout });
    expect(code).toBe(EXIT.failed);
    expect(err).toEqual([`${path.join(dir, 'two.json')}: not exported, its layout failed (Maximum call stack size exceeded)`]);
    expect(out1).toHaveLength(2);
    expect((await readdir(out)).sort()).toEqual(['one.json', 'one.svg']);
  });

  it('exits 1 and names a file it cannot write, still writing the other formats and maps', async () => {
    const out = path.join(dir, 'write-fails');
    // A folder where the SVG of one.json should go: a real write failure (EISDIR).
    await mkdir(path.join(out, 'one.svg'), { recursive: true });
    const result = await run(path.join(dir, 'one.json'), path.join(dir, 'two.json'), '--format', 'svg,json', '--out', out);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toEqual([expect.stringMatching(/one\.json: svg not written \(EISDIR: /)]);
    expect(result.out.map((line) => path.basename(line.split('  ')[0] as string))).toEqual(['one.json', 'two.svg', 'two.json']);
    expect((await readdir(out)).sort()).toEqual(['one.json', 'one.svg', 'two.json', 'two.svg']);
  });

  it('exits 1 with a sentence when the output folder cannot be made', async () => {
    const result = await run(path.join(dir, 'one.json'), '--out', path.join(dir, 'one.json', 'out'));
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toEqual([expect.stringMatching(/^export: nothing exported, the folder .*one\.json\/out cannot be made \(ENOTDIR: /)]);
    expect(result.out).toEqual([]);
  });

  it.each([
    [['--format', 'gif', SEED_MAP_FILE], /unknown format 'gif'/],
    [[], /name at least one map file/],
    [['--scale', 'big', SEED_MAP_FILE], /--scale/],
    [['--direction', 'up', SEED_MAP_FILE], /--direction/],
    [['--background', 'pink', SEED_MAP_FILE], /--background/],
    [['--bogus', SEED_MAP_FILE], /bogus/],
    [['maps/no-such-map.json'], /no such file/],
    [['maps/*.nothing'], /no file matches/],
  ])('exits 2 with a usage message for %j', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err[0]).toMatch(message);
    expect(result.err.join('\n')).toContain('Usage: npm run export');
    expect(result.out).toEqual([]);
  });

  it('refuses to overwrite an input map with its JSON export', async () => {
    const result = await run(path.join(dir, 'one.json'), '--format', 'json', '--out', dir);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err[0]).toMatch(/would overwrite/);
  });

  it('prints the usage for --help and exits 0', async () => {
    const result = await run('--help');
    expect(result.code).toBe(EXIT.ok);
    expect(result.out.join('\n')).toMatch(/--format.*svg, png, pdf, json/);
  });

  it('runs as `npm run export` with the exit code of the outcome', async () => {
    const exec = promisify(execFile);
    const ok = await exec('npm', ['run', '-s', 'export', '--', SEED_MAP_FILE, '--out', path.join(dir, 'npm')]);
    expect(ok.stdout).toMatch(/korean-war-escalation\.svg {2}svg {2}\d+x\d+ px {2}\d+ bytes/);
    const failed = await exec('npm', ['run', '-s', 'export', '--', path.join(dir, 'bad.txt'), '--out', path.join(dir, 'npm')]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining("names no node") });
  }, 30_000);
});
