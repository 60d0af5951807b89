// Where the fallback fonts' files are in node_modules, for the Node export backend (the browser's URLs are in src/adapters/exportAssets.ts).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FallbackScript } from '../export/fallbackFonts.ts';

const require = createRequire(import.meta.url);

type FontFile = { weight: 400 | 600; pkg: string; file: string };

/** An @expo-google-fonts family's regular and semibold files, which its packages lay out alike. */
function expoRegularAndSemibold(pkg: string, family: string): readonly FontFile[] {
  return [
    { weight: 400, pkg: `@expo-google-fonts/${pkg}`, file: `400Regular/${family}_400Regular.ttf` },
    { weight: 600, pkg: `@expo-google-fonts/${pkg}`, file: `600SemiBold/${family}_600SemiBold.ttf` },
  ];
}

/** Package and file per script and the text weight it serves; @embedpdf's packages export no file paths, so their folder is found from the entry. */
const FILES: Record<FallbackScript, readonly FontFile[]> = {
  arabic: expoRegularAndSemibold('noto-sans-arabic', 'NotoSansArabic'),
  hebrew: expoRegularAndSemibold('noto-sans-hebrew', 'NotoSansHebrew'),
  armenian: expoRegularAndSemibold('noto-sans-armenian', 'NotoSansArmenian'),
  devanagari: expoRegularAndSemibold('noto-sans-devanagari', 'NotoSansDevanagari'),
  bengali: expoRegularAndSemibold('noto-sans-bengali', 'NotoSansBengali'),
  gurmukhi: expoRegularAndSemibold('noto-sans-gurmukhi', 'NotoSansGurmukhi'),
  gujarati: expoRegularAndSemibold('noto-sans-gujarati', 'NotoSansGujarati'),
  oriya: expoRegularAndSemibold('noto-sans-oriya', 'NotoSansOriya'),
  tamil: expoRegularAndSemibold('noto-sans-tamil', 'NotoSansTamil'),
  telugu: expoRegularAndSemibold('noto-sans-telugu', 'NotoSansTelugu'),
  kannada: expoRegularAndSemibold('noto-sans-kannada', 'NotoSansKannada'),
  malayalam: expoRegularAndSemibold('noto-sans-malayalam', 'NotoSansMalayalam'),
  sinhala: expoRegularAndSemibold('noto-sans-sinhala', 'NotoSansSinhala'),
  thai: expoRegularAndSemibold('noto-sans-thai', 'NotoSansThai'),
  lao: expoRegularAndSemibold('noto-sans-lao', 'NotoSansLao'),
  myanmar: expoRegularAndSemibold('noto-sans-myanmar', 'NotoSansMyanmar'),
  georgian: expoRegularAndSemibold('noto-sans-georgian', 'NotoSansGeorgian'),
  ethiopic: expoRegularAndSemibold('noto-sans-ethiopic', 'NotoSansEthiopic'),
  khmer: expoRegularAndSemibold('noto-sans-khmer', 'NotoSansKhmer'),
  chinese: [{ weight: 600, pkg: '@embedpdf/fonts-sc', file: 'fonts/NotoSansHans-Medium.otf' }],
  korean: [{ weight: 600, pkg: '@embedpdf/fonts-kr', file: 'fonts/NotoSansKR-Medium.otf' }],
  emoji: [{ weight: 400, pkg: '@expo-google-fonts/noto-emoji', file: '400Regular/NotoEmoji_400Regular.ttf' }],
};

function packageDir(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`${pkg}: no package.json above its entry`);
    dir = up;
  }
  return dir;
}

export interface FallbackFontFile {
  script: FallbackScript;
  weight: 400 | 600;
  path: string;
}

/** The files of these scripts' fallback fonts, resolved once. */
export function fallbackFontFiles(scripts: readonly FallbackScript[]): FallbackFontFile[] {
  return scripts.flatMap((script) => FILES[script].map(({ weight, pkg, file }) => ({ script, weight, path: join(packageDir(pkg), file) })));
}
