// Fetches what PNG and PDF export need in the browser, once and only when first asked: the resvg wasm and Inter's TTFs.
import regularUrl from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import semiboldUrl from '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf?url';
import wasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';

export interface ExportAssets {
  wasm?: ArrayBuffer;
  fonts: { regular: ArrayBuffer; semibold: ArrayBuffer };
}

async function bytesAt(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} could not be loaded (HTTP ${response.status})`);
  return response.arrayBuffer();
}

let fonts: Promise<ExportAssets['fonts']> | undefined;
let wasm: Promise<ArrayBuffer> | undefined;

/** PNG needs the rasterizer and the fonts, PDF only the fonts. A failed load is retried on the next export. */
export async function loadExportAssets(withRasterizer: boolean): Promise<ExportAssets> {
  fonts ??= Promise.all([bytesAt(regularUrl), bytesAt(semiboldUrl)]).then(([regular, semibold]) => ({ regular, semibold }));
  if (withRasterizer) wasm ??= bytesAt(wasmUrl);
  try {
    return { fonts: await fonts, wasm: withRasterizer ? await wasm : undefined };
  } catch (error) {
    fonts = undefined;
    wasm = undefined;
    throw error;
  }
}
