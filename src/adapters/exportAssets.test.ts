import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackFontFiles } from '../cli/fallbackFontFiles.ts';
import { FALLBACK_SCRIPTS } from '../export/fallbackFonts.ts';
import { FALLBACK_URLS } from './exportAssets.ts';

describe('the browser fallback font URLs', () => {
  it('name the same files, at the same weights, as the Node backend', () => {
    for (const script of FALLBACK_SCRIPTS) {
      const node = fallbackFontFiles([script]).map((file) => `${file.weight} ${basename(file.path)}`);
      const browser = FALLBACK_URLS[script].map(({ weight, url }) => `${weight} ${basename(url.split('?')[0] as string)}`);
      expect(browser).toEqual(node);
    }
  });
});
