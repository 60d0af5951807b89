// Fetches what PNG and PDF export need in the browser, once and only when first asked: the resvg wasm, Inter's TTFs, and the fallback fonts a map's text needs.
import regularUrl from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import semiboldUrl from '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf?url';
import emojiUrl from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import arabicRegularUrl from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import arabicSemiboldUrl from '@expo-google-fonts/noto-sans-arabic/600SemiBold/NotoSansArabic_600SemiBold.ttf?url';
import hebrewRegularUrl from '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf?url';
import hebrewSemiboldUrl from '@expo-google-fonts/noto-sans-hebrew/600SemiBold/NotoSansHebrew_600SemiBold.ttf?url';
import armenianRegularUrl from '@expo-google-fonts/noto-sans-armenian/400Regular/NotoSansArmenian_400Regular.ttf?url';
import armenianSemiboldUrl from '@expo-google-fonts/noto-sans-armenian/600SemiBold/NotoSansArmenian_600SemiBold.ttf?url';
import devanagariRegularUrl from '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf?url';
import devanagariSemiboldUrl from '@expo-google-fonts/noto-sans-devanagari/600SemiBold/NotoSansDevanagari_600SemiBold.ttf?url';
import bengaliRegularUrl from '@expo-google-fonts/noto-sans-bengali/400Regular/NotoSansBengali_400Regular.ttf?url';
import bengaliSemiboldUrl from '@expo-google-fonts/noto-sans-bengali/600SemiBold/NotoSansBengali_600SemiBold.ttf?url';
import gurmukhiRegularUrl from '@expo-google-fonts/noto-sans-gurmukhi/400Regular/NotoSansGurmukhi_400Regular.ttf?url';
import gurmukhiSemiboldUrl from '@expo-google-fonts/noto-sans-gurmukhi/600SemiBold/NotoSansGurmukhi_600SemiBold.ttf?url';
import gujaratiRegularUrl from '@expo-google-fonts/noto-sans-gujarati/400Regular/NotoSansGujarati_400Regular.ttf?url';
import gujaratiSemiboldUrl from '@expo-google-fonts/noto-sans-gujarati/600SemiBold/NotoSansGujarati_600SemiBold.ttf?url';
import oriyaRegularUrl from '@expo-google-fonts/noto-sans-oriya/400Regular/NotoSansOriya_400Regular.ttf?url';
import oriyaSemiboldUrl from '@expo-google-fonts/noto-sans-oriya/600SemiBold/NotoSansOriya_600SemiBold.ttf?url';
import tamilRegularUrl from '@expo-google-fonts/noto-sans-tamil/400Regular/NotoSansTamil_400Regular.ttf?url';
import tamilSemiboldUrl from '@expo-google-fonts/noto-sans-tamil/600SemiBold/NotoSansTamil_600SemiBold.ttf?url';
import teluguRegularUrl from '@expo-google-fonts/noto-sans-telugu/400Regular/NotoSansTelugu_400Regular.ttf?url';
import teluguSemiboldUrl from '@expo-google-fonts/noto-sans-telugu/600SemiBold/NotoSansTelugu_600SemiBold.ttf?url';
import kannadaRegularUrl from '@expo-google-fonts/noto-sans-kannada/400Regular/NotoSansKannada_400Regular.ttf?url';
import kannadaSemiboldUrl from '@expo-google-fonts/noto-sans-kannada/600SemiBold/NotoSansKannada_600SemiBold.ttf?url';
import malayalamRegularUrl from '@expo-google-fonts/noto-sans-malayalam/400Regular/NotoSansMalayalam_400Regular.ttf?url';
import malayalamSemiboldUrl from '@expo-google-fonts/noto-sans-malayalam/600SemiBold/NotoSansMalayalam_600SemiBold.ttf?url';
import sinhalaRegularUrl from '@expo-google-fonts/noto-sans-sinhala/400Regular/NotoSansSinhala_400Regular.ttf?url';
import sinhalaSemiboldUrl from '@expo-google-fonts/noto-sans-sinhala/600SemiBold/NotoSansSinhala_600SemiBold.ttf?url';
import thaiRegularUrl from '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf?url';
import thaiSemiboldUrl from '@expo-google-fonts/noto-sans-thai/600SemiBold/NotoSansThai_600SemiBold.ttf?url';
import laoRegularUrl from '@expo-google-fonts/noto-sans-lao/400Regular/NotoSansLao_400Regular.ttf?url';
import laoSemiboldUrl from '@expo-google-fonts/noto-sans-lao/600SemiBold/NotoSansLao_600SemiBold.ttf?url';
import myanmarRegularUrl from '@expo-google-fonts/noto-sans-myanmar/400Regular/NotoSansMyanmar_400Regular.ttf?url';
import myanmarSemiboldUrl from '@expo-google-fonts/noto-sans-myanmar/600SemiBold/NotoSansMyanmar_600SemiBold.ttf?url';
import georgianRegularUrl from '@expo-google-fonts/noto-sans-georgian/400Regular/NotoSansGeorgian_400Regular.ttf?url';
import georgianSemiboldUrl from '@expo-google-fonts/noto-sans-georgian/600SemiBold/NotoSansGeorgian_600SemiBold.ttf?url';
import ethiopicRegularUrl from '@expo-google-fonts/noto-sans-ethiopic/400Regular/NotoSansEthiopic_400Regular.ttf?url';
import ethiopicSemiboldUrl from '@expo-google-fonts/noto-sans-ethiopic/600SemiBold/NotoSansEthiopic_600SemiBold.ttf?url';
import khmerRegularUrl from '@expo-google-fonts/noto-sans-khmer/400Regular/NotoSansKhmer_400Regular.ttf?url';
import khmerSemiboldUrl from '@expo-google-fonts/noto-sans-khmer/600SemiBold/NotoSansKhmer_600SemiBold.ttf?url';
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
  armenian: [
    { weight: 400, url: armenianRegularUrl },
    { weight: 600, url: armenianSemiboldUrl },
  ],
  devanagari: [
    { weight: 400, url: devanagariRegularUrl },
    { weight: 600, url: devanagariSemiboldUrl },
  ],
  bengali: [
    { weight: 400, url: bengaliRegularUrl },
    { weight: 600, url: bengaliSemiboldUrl },
  ],
  gurmukhi: [
    { weight: 400, url: gurmukhiRegularUrl },
    { weight: 600, url: gurmukhiSemiboldUrl },
  ],
  gujarati: [
    { weight: 400, url: gujaratiRegularUrl },
    { weight: 600, url: gujaratiSemiboldUrl },
  ],
  oriya: [
    { weight: 400, url: oriyaRegularUrl },
    { weight: 600, url: oriyaSemiboldUrl },
  ],
  tamil: [
    { weight: 400, url: tamilRegularUrl },
    { weight: 600, url: tamilSemiboldUrl },
  ],
  telugu: [
    { weight: 400, url: teluguRegularUrl },
    { weight: 600, url: teluguSemiboldUrl },
  ],
  kannada: [
    { weight: 400, url: kannadaRegularUrl },
    { weight: 600, url: kannadaSemiboldUrl },
  ],
  malayalam: [
    { weight: 400, url: malayalamRegularUrl },
    { weight: 600, url: malayalamSemiboldUrl },
  ],
  sinhala: [
    { weight: 400, url: sinhalaRegularUrl },
    { weight: 600, url: sinhalaSemiboldUrl },
  ],
  thai: [
    { weight: 400, url: thaiRegularUrl },
    { weight: 600, url: thaiSemiboldUrl },
  ],
  lao: [
    { weight: 400, url: laoRegularUrl },
    { weight: 600, url: laoSemiboldUrl },
  ],
  myanmar: [
    { weight: 400, url: myanmarRegularUrl },
    { weight: 600, url: myanmarSemiboldUrl },
  ],
  georgian: [
    { weight: 400, url: georgianRegularUrl },
    { weight: 600, url: georgianSemiboldUrl },
  ],
  ethiopic: [
    { weight: 400, url: ethiopicRegularUrl },
    { weight: 600, url: ethiopicSemiboldUrl },
  ],
  khmer: [
    { weight: 400, url: khmerRegularUrl },
    { weight: 600, url: khmerSemiboldUrl },
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
