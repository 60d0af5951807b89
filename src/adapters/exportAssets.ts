// Fetches what PNG and PDF export need in the browser, once and only when first asked: the resvg wasm, Inter's TTFs, and the fallback fonts a map's text needs.
import regularUrl from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import semiboldUrl from '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf?url';
import emojiUrl from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import arabicRegularUrl from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import arabicSemiboldUrl from '@expo-google-fonts/noto-sans-arabic/600SemiBold/NotoSansArabic_600SemiBold.ttf?url';
import hebrewRegularUrl from '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf?url';
import hebrewSemiboldUrl from '@expo-google-fonts/noto-sans-hebrew/600SemiBold/NotoSansHebrew_600SemiBold.ttf?url';
import devanagariRegularUrl from '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf?url';
import devanagariSemiboldUrl from '@expo-google-fonts/noto-sans-devanagari/600SemiBold/NotoSansDevanagari_600SemiBold.ttf?url';
import thaiRegularUrl from '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf?url';
import thaiSemiboldUrl from '@expo-google-fonts/noto-sans-thai/600SemiBold/NotoSansThai_600SemiBold.ttf?url';
import wasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
// @embedpdf's font packages export no file paths, so their files are named by where npm puts them.
import chineseUrl from '../../node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Medium.otf?url';
import koreanUrl from '../../node_modules/@embedpdf/fonts-kr/fonts/NotoSansKR-Medium.otf?url';
import type { FallbackScript } from '../export/fallbackFonts.ts';
import type { FetchedFallbackFont } from '../export/browser/wasmExportBackend.ts';

export interface ExportAssets {
  wasm?: ArrayBuffer;
  fonts: { regular: ArrayBuffer; semibold: ArrayBuffer };
  fallbacks: FetchedFallbackFont[];
}

/** The same files as the Node backend's (src/cli/fallbackFontFiles.ts), as URLs the build emits. */
export const FALLBACK_URLS: Record<FallbackScript, readonly { weight: 400 | 600; url: string }[]> = {
  arabic: [
    { weight: 400, url: arabicRegularUrl },
    { weight: 600, url: arabicSemiboldUrl },
  ],
  hebrew: [
    { weight: 400, url: hebrewRegularUrl },
    { weight: 600, url: hebrewSemiboldUrl },
  ],
  devanagari: [
    { weight: 400, url: devanagariRegularUrl },
    { weight: 600, url: devanagariSemiboldUrl },
  ],
  thai: [
    { weight: 400, url: thaiRegularUrl },
    { weight: 600, url: thaiSemiboldUrl },
  ],
  chinese: [{ weight: 600, url: chineseUrl }],
  korean: [{ weight: 600, url: koreanUrl }],
  emoji: [{ weight: 400, url: emojiUrl }],
};

async function bytesAt(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} could not be loaded (HTTP ${response.status})`);
  return response.arrayBuffer();
}

let fonts: Promise<ExportAssets['fonts']> | undefined;
let wasm: Promise<ArrayBuffer> | undefined;
const fallbackFonts = new Map<FallbackScript, Promise<FetchedFallbackFont[]>>();

function fallbacksFor(script: FallbackScript): Promise<FetchedFallbackFont[]> {
  let loading = fallbackFonts.get(script);
  if (!loading) {
    loading = Promise.all(FALLBACK_URLS[script].map(async ({ weight, url }) => ({ script, weight, bytes: await bytesAt(url) })));
    fallbackFonts.set(script, loading);
  }
  return loading;
}

/**
 * PNG needs the rasterizer and the fonts, PDF only the fonts; a fallback font is fetched only for a script the
 * map's text uses (a Latin map fetches none). A failed load is retried on the next export.
 */
export async function loadExportAssets(withRasterizer: boolean, scripts: readonly FallbackScript[] = []): Promise<ExportAssets> {
  fonts ??= Promise.all([bytesAt(regularUrl), bytesAt(semiboldUrl)]).then(([regular, semibold]) => ({ regular, semibold }));
  if (withRasterizer) wasm ??= bytesAt(wasmUrl);
  try {
    const [loadedFonts, loadedWasm, fallbacks] = await Promise.all([fonts, withRasterizer ? wasm : undefined, Promise.all(scripts.map(fallbacksFor))]);
    return { fonts: loadedFonts, wasm: loadedWasm, fallbacks: fallbacks.flat() };
  } catch (error) {
    fonts = undefined;
    wasm = undefined;
    fallbackFonts.clear();
    throw error;
  }
}
