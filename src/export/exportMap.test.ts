import { describe, expect, it } from 'vitest';
import { pngScale } from './exportMap.ts';
import { MAX_PNG_PIXELS } from './exportTypes.ts';

describe('pngScale', () => {
  it('keeps the asked scale while the PNG stays under the pixel limit', () => {
    expect(pngScale(2329, 1241, 3)).toBe(3);
    expect(pngScale(4000, 4000, 2)).toBe(2);
  });

  it('draws a huge map at the largest scale that fits, in hundredths', () => {
    const scale = pngScale(65_625, 8_923, 2);
    expect(scale).toBe(0.33);
    expect(65_625 * scale * 8_923 * scale).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    expect(65_625 * (scale + 0.01) * 8_923 * (scale + 0.01)).toBeGreaterThan(MAX_PNG_PIXELS);
  });
});
