// The export backend for Node (CLI, tests, benchmark): resvg-js rasterizes, Inter and the fallback fonts come from installed font packages.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { ExportBackend } from '../export/exportTypes.ts';
import { type FallbackFont, neededFallbackFonts } from '../export/fallbackFonts.ts';
import { resvgRunsSvg } from '../export/fontRuns.ts';
import { runMeasure } from '../export/measureRuns.ts';
import { fallbackFontFiles } from './fallbackFontFiles.ts';

const require = createRequire(import.meta.url);

/** The two weights the renderer uses; resvg is given only these (and fallbacks the text needs), so no machine's system fonts change a PNG. */
export const INTER_FILES = {
  regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  semibold: require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
};

export interface NodeBackendOptions {
  /** Tests only: draw without the fallback fonts, to compare against what they add. */
  withoutFallbacks?: boolean;
}

export function nodeExportBackend(options: NodeBackendOptions = {}): ExportBackend {
  let fonts: Promise<{ regular: Uint8Array; semibold: Uint8Array }> | undefined;
  const fallbackBytes = new Map<string, Promise<Uint8Array>>();
  return {
    async renderPng(svg, scale) {
      const scripts = options.withoutFallbacks ? [] : neededFallbackFonts(svg);
      const fallbacks = await this.fallbackFonts(scripts);
      const runs = fallbacks.length > 0 ? await runMeasure(fallbacks, await this.interFonts()) : undefined;
      const drawn = runs ? resvgRunsSvg(svg, runs.fonts, runs.measure, runs.outline) : svg;
      const image = new Resvg(drawn, {
        fitTo: { mode: 'zoom', value: scale },
        font: { fontFiles: [INTER_FILES.regular, INTER_FILES.semibold, ...fallbackFontFiles(scripts).map((file) => file.path)], loadSystemFonts: false, defaultFontFamily: 'Inter' },
      }).render();
      return { bytes: image.asPng(), width: image.width, height: image.height };
    },
    interFonts() {
      fonts ??= Promise.all([readFile(INTER_FILES.regular), readFile(INTER_FILES.semibold)]).then(([regular, semibold]) => ({ regular, semibold }));
      return fonts;
    },
    async fallbackFonts(scripts) {
      if (options.withoutFallbacks) return [];
      const files = fallbackFontFiles(scripts);
      const read = files.map(({ path }) => fallbackBytes.get(path) ?? fallbackBytes.set(path, readFile(path)).get(path) as Promise<Uint8Array>);
      const bytes = await Promise.all(read);
      return files.map(({ script, weight }, i): FallbackFont => ({ script, weight, bytes: bytes[i] as Uint8Array }));
    },
  };
}
