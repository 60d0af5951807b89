// Text placement in the SVG: the font stack, where a line's baseline sits, and <text> elements with escaped content.
import { FALLBACK_FAMILIES, FALLBACK_SCRIPTS } from '../fallbackFonts.ts';
import { element, escapeXml, num } from './xml.ts';

/**
 * Named, not embedded: PNG and PDF embed Inter (and the Noto fallbacks a text needs) themselves, and an SVG
 * viewer uses the installed fonts; the Noto names come before the generic family so scripts Inter lacks find them.
 */
export const FONT_STACK = `Inter, 'Helvetica Neue', Arial, ${FALLBACK_SCRIPTS.map((script) => `'${FALLBACK_FAMILIES[script]}'`).join(', ')}, sans-serif`;

/** Inter's ascender and descender in ems (hhea 1984 / −494 of 2048 units). */
const ASCENT = 1984 / 2048;
const DESCENT = 494 / 2048;

/**
 * Baseline of a line of `size` px text in a row `rowHeight` px tall, as CSS places it: the font's
 * ascent-plus-descent box is centred in the line box (half-leading above and below).
 */
export function baselineIn(rowTop: number, rowHeight: number, size: number): number {
  return rowTop + (rowHeight - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
}

export interface TextStyle {
  size: number;
  weight: number;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
}

/** One <text> element; several lines become <tspan>s, one per line, each with its own x and y. */
export function textLines(lines: readonly string[], x: number, firstBaseline: number, lineHeight: number, style: TextStyle, extra: Record<string, string> = {}): string {
  const spans = lines.map((line, i) => `<tspan x="${num(x)}" y="${num(firstBaseline + i * lineHeight)}">${escapeXml(line)}</tspan>`).join('');
  return element(
    'text',
    {
      ...extra,
      'font-size': style.size,
      'font-weight': style.weight,
      fill: style.fill,
      'text-anchor': style.anchor === 'start' ? undefined : style.anchor,
    },
    spans,
  );
}

/** A single-line <text> without tspans. */
export function textLine(text: string, x: number, baseline: number, style: TextStyle, extra: Record<string, string> = {}): string {
  return element(
    'text',
    { ...extra, x, y: baseline, 'font-size': style.size, 'font-weight': style.weight, fill: style.fill, 'text-anchor': style.anchor === 'start' ? undefined : style.anchor },
    escapeXml(text),
  );
}
