import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { fallbackFontFiles } from '../../cli/fallbackFontFiles.ts';
import { INTER_FILES, nodeExportBackend } from '../../cli/nodeExportBackend.ts';
import { layoutMap } from '../../layout/layoutMap.ts';
import { aClaim, aMap } from '../../model/testBuilders.ts';
import { loadSeedMap } from '../../model/testSeedMap.ts';
import { neededFallbackFonts } from '../fallbackFonts.ts';
import { renderMapSvgDocument } from '../svg/renderMapSvg.ts';
import { lightTheme } from '../svg/theme.ts';
import { wasmExportBackend } from './wasmExportBackend.ts';

// Rasterizing the seed map twice takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const bytesOf = (file: string): ArrayBuffer => {
  const data = readFileSync(file);
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
};

describe('the browser PNG backend (resvg wasm)', () => {
  it('paints the same PNG, byte for byte, as the CLI backend (native resvg)', async () => {
    const wasm = bytesOf(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'));
    const browser = wasmExportBackend({ wasm, fonts: { regular: bytesOf(INTER_FILES.regular), semibold: bytesOf(INTER_FILES.semibold) } });
    const seed = loadSeedMap();
    const { svg, width, height } = renderMapSvgDocument(seed, layoutMap(seed, {}), lightTheme, { background: 'transparent' });
    const fromBrowser = await browser.renderPng(svg, 2);
    const fromCli = await nodeExportBackend().renderPng(svg, 2);
    expect([fromBrowser.width, fromBrowser.height]).toEqual([width * 2, height * 2]);
    expect(Buffer.from(fromBrowser.bytes).equals(Buffer.from(fromCli.bytes))).toBe(true);
  });

  it('paints text in fallback fonts, outlined Indic runs too, byte for byte as the CLI backend', async () => {
    const wasm = bytesOf(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'));
    const map = aMap([aClaim('a', { label: 'কোরীয় যুদ্ধ, கொரியப் போர் and שלום 🚀' })], [], { meta: { title: 'Scripts' } });
    const { svg } = renderMapSvgDocument(map, layoutMap(map, {}), lightTheme);
    const fallbacks = fallbackFontFiles(neededFallbackFonts(svg)).map(({ script, weight, path }) => ({ script, weight, bytes: bytesOf(path) }));
    const browser = wasmExportBackend({ wasm, fonts: { regular: bytesOf(INTER_FILES.regular), semibold: bytesOf(INTER_FILES.semibold) }, fallbacks });
    const fromBrowser = await browser.renderPng(svg, 1);
    const fromCli = await nodeExportBackend().renderPng(svg, 1);
    const fromCliWithoutFallbacks = await nodeExportBackend({ withoutFallbacks: true }).renderPng(svg, 1);
    expect(Buffer.from(fromBrowser.bytes).equals(Buffer.from(fromCli.bytes))).toBe(true);
    expect(Buffer.from(fromBrowser.bytes).equals(Buffer.from(fromCliWithoutFallbacks.bytes))).toBe(false);
  });

  it('hands the PDF the fonts it was given, and fails clearly when they were not loaded', async () => {
    const regular = bytesOf(INTER_FILES.regular);
    const fonts = await wasmExportBackend({ fonts: { regular, semibold: bytesOf(INTER_FILES.semibold) } }).interFonts();
    expect(fonts.regular.byteLength).toBe(regular.byteLength);
    await expect(wasmExportBackend({}).interFonts()).rejects.toThrow(/fonts were not loaded/);
  });
});
