import { Resvg } from '@resvg/resvg-js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { exportMap } from '../export/exportMap.ts';
import { renderMapSvgDocument } from '../export/svg/renderMapSvg.ts';
import { lightTheme } from '../export/svg/theme.ts';
import { layoutMap } from '../layout/layoutMap.ts';
import type { MapLayout } from '../layout/types.ts';
import { parseMap } from '../model/parseMap.ts';
import type { ArgumentMap } from '../model/schema.ts';
import { aClaim, aMap, aRelation } from '../model/testBuilders.ts';
import { loadSeedMap } from '../model/testSeedMap.ts';
import { INTER_FILES, nodeExportBackend } from './nodeExportBackend.ts';

// Layout, rasterizing and PDF writing take seconds on a busy machine; the default 5 s is for pure functions.
vi.setConfig({ testTimeout: 30_000 });

const backend = nodeExportBackend();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const text = content.items.map((item) => ('str' in item ? item.str : '')).join('\n');
  return { pages: doc.numPages, text };
}

describe('the SVG in a non-browser renderer (resvg)', () => {
  let seed: ArgumentMap;
  let layout: MapLayout;
  beforeAll(() => {
    seed = loadSeedMap();
    layout = layoutMap(seed, {});
  });

  it('renders at the SVG size and is not blank: boxes, text and curves leave ink', () => {
    const { svg, width, height } = renderMapSvgDocument(seed, layout, lightTheme);
    const image = new Resvg(svg, { font: { fontFiles: Object.values(INTER_FILES), loadSystemFonts: false, defaultFontFamily: 'Inter' } }).render();
    expect([image.width, image.height]).toEqual([width, height]);
    const pixels = image.pixels;
    let inked = 0;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i] as number, pixels[i + 1] as number, pixels[i + 2] as number];
      if (r < 250 || g < 250 || b < 250) inked++;
      if (r + g + b < 200) dark++;
    }
    const total = width * height;
    expect(inked / total).toBeGreaterThan(0.1);
    expect(dark / total).toBeGreaterThan(0.002);
  });
});

describe('PNG export', () => {
  const map = aMap([aClaim('a'), aClaim('b', { status: 'refuted' })], [aRelation('a', 'b', { relation: 'refutes' })]);
  const layout = layoutMap(map, {});

  it.each([1, 2, 3])('is a PNG of the SVG size × %i', async (scale) => {
    const svg = renderMapSvgDocument(map, layout, lightTheme);
    const png = await exportMap(map, layout, 'png', { scale }, backend);
    expect([...png.bytes.slice(0, 8)]).toEqual(PNG_MAGIC);
    expect(pngSize(png.bytes)).toEqual({ width: svg.width * scale, height: svg.height * scale });
    expect([png.width, png.height]).toEqual([svg.width * scale, svg.height * scale]);
    expect(png.mimeType).toBe('image/png');
  });

  it('keeps the background transparent on request', async () => {
    const opaque = await exportMap(map, layout, 'png', {}, backend);
    const clear = await exportMap(map, layout, 'png', { background: 'transparent' }, backend);
    expect(clear.bytes.length).not.toBe(opaque.bytes.length);
    const svg = renderMapSvgDocument(map, layout, lightTheme, { background: 'transparent' }).svg;
    const corner = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    expect(corner[3]).toBe(0);
  });
});

describe('PDF export', () => {
  it('is a one-page vector PDF whose extracted text holds every claim label', async () => {
    const seed = loadSeedMap();
    const layout = layoutMap(seed, {});
    const pdf = await exportMap(seed, layout, 'pdf', {}, backend);
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
    const { pages, text } = await pdfText(pdf.bytes);
    expect(pages).toBe(1);
    const words = text.split(/\s+/).join(' ');
    for (const claim of seed.nodes) {
      for (const line of layout.claims[claim.id]?.labelLines ?? []) expect(words).toContain(line);
    }
    expect(words).toContain(seed.meta.title);
    expect(words).toContain('Refuted');
  });

  it("takes bidi overrides out of the document title, the drawn title and the citation", async () => {
    const map = aMap([aClaim('a')], [], { meta: { title: 'Invoice \u202Efdp.exe\u202C', source: { author: '\u2067Wells\u2069', title: 'T' } } });
    const pdf = await exportMap(map, layoutMap(map, {}), 'pdf', {}, backend);
    const doc = await getDocument({ data: pdf.bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
    const { info } = (await doc.getMetadata()) as { info: { Title?: string } };
    expect(info.Title).toBe('Invoice fdp.exe');
    const { text } = await pdfText(pdf.bytes);
    expect(text).toContain('Invoice fdp.exe');
    expect(text).toContain('Wells');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('embeds Inter rather than substituting a standard font', async () => {
    const map = aMap([aClaim('a', { label: 'Selectable text' })]);
    const pdf = await exportMap(map, layoutMap(map, {}), 'pdf', {}, backend);
    const raw = new TextDecoder('latin1').decode(pdf.bytes);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-SemiBold/);
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).not.toMatch(/Helvetica/);
  });
});

describe('JSON export', () => {
  it('is the map file, and only the selected part when a selection is given', async () => {
    const map = aMap([aClaim('a'), aClaim('b'), aClaim('c')], [aRelation('a', 'b'), aRelation('b', 'c')]);
    const layout = layoutMap(map, {});
    const whole = parseMap(new TextDecoder().decode((await exportMap(map, layout, 'json', {}, backend)).bytes));
    expect(whole.ok && whole.map.nodes.length).toBe(3);
    const part = parseMap(new TextDecoder().decode((await exportMap(map, layout, 'json', { selection: ['a', 'b'] }, backend)).bytes));
    expect(part.ok && part.map.nodes.map((c) => c.id)).toEqual(['a', 'b']);
    expect(part.ok && part.map.edges.map((r) => r.id)).toEqual(['a-causes-b']);
  });
});
