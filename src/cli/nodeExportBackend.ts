// The export backend for Node (CLI, tests, benchmark): resvg-js rasterizes, Inter comes from the installed font package.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { ExportBackend } from '../export/exportTypes';

const require = createRequire(import.meta.url);

/** The two weights the renderer uses; resvg is given only these, so no machine's system fonts change a PNG. */
export const INTER_FILES = {
  regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  semibold: require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
};

export function nodeExportBackend(): ExportBackend {
  let fonts: Promise<{ regular: Uint8Array; semibold: Uint8Array }> | undefined;
  return {
    async renderPng(svg, scale) {
      const image = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: scale },
        font: { fontFiles: [INTER_FILES.regular, INTER_FILES.semibold], loadSystemFonts: false, defaultFontFamily: 'Inter' },
      }).render();
      return { bytes: image.asPng(), width: image.width, height: image.height };
    },
    interFonts() {
      fonts ??= Promise.all([readFile(INTER_FILES.regular), readFile(INTER_FILES.semibold)]).then(([regular, semibold]) => ({ regular, semibold }));
      return fonts;
    },
  };
}
