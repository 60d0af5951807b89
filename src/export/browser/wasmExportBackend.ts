// The export backend for the browser: resvg compiled to wasm (the engine the CLI uses natively), fonts as fetched bytes.
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { ExportBackend } from '../exportTypes';

/** What the page fetched for this export: SVG needs nothing, PDF the fonts, PNG the fonts and the wasm. */
export interface BrowserExportAssets {
  wasm?: ArrayBuffer;
  fonts?: { regular: ArrayBuffer; semibold: ArrayBuffer };
}

/** The wasm module can be initialised once per realm; every later backend reuses it. */
let ready: Promise<void> | undefined;

export function wasmExportBackend(assets: BrowserExportAssets): ExportBackend {
  const fonts = () => {
    if (!assets.fonts) throw new Error('the export fonts were not loaded');
    return { regular: new Uint8Array(assets.fonts.regular), semibold: new Uint8Array(assets.fonts.semibold) };
  };
  return {
    async renderPng(svg, scale) {
      if (!assets.wasm && !ready) throw new Error('PNG export needs the resvg wasm module');
      const { regular, semibold } = fonts();
      ready ??= initWasm(assets.wasm as ArrayBuffer);
      await ready;
      const resvg = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: scale },
        font: { fontBuffers: [regular, semibold], defaultFontFamily: 'Inter' },
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
  };
}
