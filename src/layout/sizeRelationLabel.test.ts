import { describe, expect, it } from 'vitest';
import { lightTheme } from '../export/svg/theme.ts';
import { measureText } from './measureText.ts';
import { MAX_RELATION_LABEL_WIDTH, RELATION_LABEL_FONT, RELATION_LABEL_PAD, sizeRelationLabel } from './sizeRelationLabel.ts';

const measure = (text: string) => measureText(text, RELATION_LABEL_FONT.size, RELATION_LABEL_FONT.weight);

describe('sizeRelationLabel', () => {
  it('uses the theme’s small size', () => {
    expect(RELATION_LABEL_FONT.size).toBe(lightTheme.font.smallSize);
  });

  it('keeps a short label on one line, its backing the text plus padding', () => {
    expect(sizeRelationLabel('within months')).toEqual({
      lines: ['within months'],
      width: Math.ceil(measure('within months')) + 2 * RELATION_LABEL_PAD.x,
      height: RELATION_LABEL_FONT.lineHeight + 2 * RELATION_LABEL_PAD.y,
    });
  });

  it('wraps a 500-character unbroken label into lines no wider than the limit, keeping every character', () => {
    const label = 'x'.repeat(250) + '漢'.repeat(250);
    const { lines, width, height } = sizeRelationLabel(label);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.join('')).toBe(label);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(MAX_RELATION_LABEL_WIDTH);
    expect(width).toBeLessThanOrEqual(MAX_RELATION_LABEL_WIDTH + 2 * RELATION_LABEL_PAD.x);
    expect(height).toBe(lines.length * RELATION_LABEL_FONT.lineHeight + 2 * RELATION_LABEL_PAD.y);
  });

  it('wraps words at spaces, as claim labels do', () => {
    const { lines } = sizeRelationLabel('only after the Chinese intervention of November 1950 made the war a regional one');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('only after the Chinese intervention of November 1950 made the war a regional one');
  });
});
