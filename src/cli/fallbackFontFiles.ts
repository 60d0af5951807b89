// Where the fallback fonts' files are in node_modules, for the Node export backend (the browser's URLs are in src/adapters/exportAssets.ts).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FallbackScript } from '../export/fallbackFonts.ts';

const require = createRequire(import.meta.url);

/** Package and file per script and the text weight it serves; @embedpdf's packages export no file paths, so their folder is found from the entry. */
const FILES: Record<FallbackScript, readonly { weight: 400 | 600; pkg: string; file: string }[]> = {
  arabic: [
    { weight: 400, pkg: '@expo-google-fonts/noto-sans-arabic', file: '400Regular/NotoSansArabic_400Regular.ttf' },
    { weight: 600, pkg: '@expo-google-fonts/noto-sans-arabic', file: '600SemiBold/NotoSansArabic_600SemiBold.ttf' },
  ],
  hebrew: [
    { weight: 400, pkg: '@expo-google-fonts/noto-sans-hebrew', file: '400Regular/NotoSansHebrew_400Regular.ttf' },
    { weight: 600, pkg: '@expo-google-fonts/noto-sans-hebrew', file: '600SemiBold/NotoSansHebrew_600SemiBold.ttf' },
  ],
  devanagari: [
    { weight: 400, pkg: '@expo-google-fonts/noto-sans-devanagari', file: '400Regular/NotoSansDevanagari_400Regular.ttf' },
    { weight: 600, pkg: '@expo-google-fonts/noto-sans-devanagari', file: '600SemiBold/NotoSansDevanagari_600SemiBold.ttf' },
  ],
  thai: [
    { weight: 400, pkg: '@expo-google-fonts/noto-sans-thai', file: '400Regular/NotoSansThai_400Regular.ttf' },
    { weight: 600, pkg: '@expo-google-fonts/noto-sans-thai', file: '600SemiBold/NotoSansThai_600SemiBold.ttf' },
  ],
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
