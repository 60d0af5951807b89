// The export backend for the browser: resvg compiled to wasm (the engine the CLI uses natively), fonts as fetched bytes.
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { ExportBackend } from '../exportTypes.ts';
import { type FallbackScript, neededFallbackFonts } from '../fallbackFonts.ts';

/** A fallback font as fetched by the page. */
export interface FetchedFallbackFont {
  script: FallbackScript;
  weight: 400 | 600;
  bytes: ArrayBuffer;
}

/** What the page fetched for this export: SVG needs nothing, PDF the fonts, PNG the fonts and the wasm; fallbacks only for text that needs them. */
export interface BrowserExportAssets {
  wasm?: ArrayBuffer;
  fonts?: { regular: ArrayBuffer; semibold: ArrayBuffer };
  fallbacks?: FetchedFallbackFont[];
}

/** The wasm module can be initialised once per realm; every later backend reuses it. */
let ready: Promise<void> | undefined;

export function wasmExportBackend(assets: BrowserExportAssets): ExportBackend {
  const fonts = () => {
    if (!assets.fonts) throw new Error('the export fonts were not loaded');
    return { regular: new Uint8Array(assets.fonts.regular), semibold: new Uint8Array(assets.fonts.semibold) };
  };
  const fallbacks = (scripts: readonly FallbackScript[]) =>
    (assets.fallbacks ?? []).filter((font) => scripts.includes(font.script)).map(({ script, weight, bytes }) => ({ script, weight, bytes: new Uint8Array(bytes) }));
  return {
    async renderPng(svg, scale) {
      if (!assets.wasm && !ready) throw new Error('PNG export needs the resvg wasm module');
      const { regular, semibold } = fonts();
      ready ??= initWasm(assets.wasm as ArrayBuffer);
      await ready;
      const extra = fallbacks(neededFallbackFonts(svg));
      // The run splitting (bidi, fontkit) is loaded only for text that needs fallback fonts, keeping Latin exports as they were.
      let drawn = svg;
      if (extra.length > 0) {
        const [{ resvgRunsSvg }, { runMeasure }] = await Promise.all([import('../fontRuns.ts'), import('../measureRuns.ts')]);
        const runs = await runMeasure(extra, { regular, semibold });
        drawn = resvgRunsSvg(svg, runs.fonts, runs.measure, runs.outline);
      }
      const resvg = new Resvg(drawn, {
        fitTo: { mode: 'zoom', value: scale },
        font: { fontBuffers: [regular, semibold, ...extra.map((font) => font.bytes)], defaultFontFamily: 'Inter' },
      });
      try {
        const image = resvg.render();
        const result = { bytes: image.asPng(), width: image.width, height: image.height };
        image.free();
        return result;
      } finally {
        resvg.free();
      }
    },
    interFonts: async () => fonts(),
    fallbackFonts: async (scripts) => fallbacks(scripts),
  };
}
