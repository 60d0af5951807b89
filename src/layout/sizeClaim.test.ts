import { describe, expect, it } from 'vitest';
import { lightTheme } from '../export/svg/theme.ts';
import { aClaim } from '../model/testBuilders.ts';
import { measureText } from './measureText.ts';
import { boxHeight, MAX_LABEL_WIDTH, MIN_WIDTH, PAD_X } from './nodeMetrics.ts';
import { LABEL_FONT, sizeClaim } from './sizeClaim.ts';

describe('sizeClaim', () => {
  it('uses the theme’s label font', () => {
    expect(LABEL_FONT).toEqual({ size: lightTheme.font.labelSize, weight: lightTheme.font.labelWeight });
  });

  it('gives a short label the minimum width and one line', () => {
    const size = sizeClaim(aClaim('a', { label: 'Invasion' }));
    expect(size).toEqual({ width: MIN_WIDTH, height: boxHeight(1), labelLines: ['Invasion'] });
  });

  it('fits the widest line plus padding, up to the wrap width', () => {
    const label = 'Many of the assumptions behind the buildup were seriously flawed';
    const { width, height, labelLines } = sizeClaim(aClaim('a', { label }));
    const widest = Math.max(...labelLines.map((line) => measureText(line, 14, 600)));
    expect(labelLines.length).toBeGreaterThan(1);
    expect(width).toBe(Math.max(MIN_WIDTH, Math.ceil(widest) + 2 * PAD_X));
    expect(width).toBeLessThanOrEqual(MAX_LABEL_WIDTH + 2 * PAD_X);
    expect(height).toBe(boxHeight(labelLines.length));
  });

  it('grows wider than the minimum for a long single line', () => {
    const { width, labelLines } = sizeClaim(aClaim('a', { label: 'Strategic Air Command tripled' }));
    expect(labelLines).toHaveLength(1);
    expect(width).toBeGreaterThan(MIN_WIDTH);
  });

  it('returns the same answer for the same label', () => {
    const first = sizeClaim(aClaim('a', { label: 'Repeated label' }));
    expect(sizeClaim(aClaim('b', { label: 'Repeated label', kind: 'event' }))).toBe(first);
  });
});
