// A column of wrapped text blocks fitted into a fixed box: fonts shrink together first, then the blocks that may be cut lose lines.
import { measureText } from '../../layout/measureText.ts';
import { wrapLabel } from '../../layout/wrapLabel.ts';
import { baselineIn, textLines } from '../svg/svgText.ts';
import { element, num } from '../svg/xml.ts';

export interface Font {
  size: number;
  weight: 400 | 600;
  lineHeight: number;
}

export interface ColumnBlock {
  /** data-part of the block's text, for tests and tools. */
  role: string;
  text: string;
  font: Font;
  fill: string;
  /** Space below the block, at font scale 1. */
  gapAfter: number;
  indent?: number;
  /** A coloured bar left of the block (the teacher's note). */
  bar?: string;
  /** One line drawn as a tag: a filled, rounded rectangle behind the words (a flag, as on the map). */
  tag?: string;
  /** Blocks that may be cut (quotes, long texts) lose lines, with an ellipsis, when shrinking is not enough. */
  cuttable?: boolean;
}

export interface Column {
  svg: string;
  height: number;
  /** The font scale used (1 = as asked). */
  fontScale: number;
  /** True when a cuttable block lost lines. */
  cut: boolean;
}

/** Fonts are not shrunk below this share: 0.7 of the smallest font here still prints at 8 pt or more. */
const MIN_FONT_SCALE = 0.7;
const TAG_PAD = 8;

interface Laid {
  block: ColumnBlock;
  font: Font;
  lines: string[];
  gap: number;
}

function scaled(font: Font, k: number): Font {
  const tenth = (n: number) => Math.round(n * k * 10) / 10;
  return { size: tenth(font.size), weight: font.weight, lineHeight: tenth(font.lineHeight) };
}

function lay(blocks: readonly ColumnBlock[], width: number, k: number): Laid[] {
  return blocks.map((block) => {
    const font = scaled(block.font, k);
    const inner = width - (block.indent ?? 0) - (block.tag ? 2 * TAG_PAD : 0);
    return { block, font, lines: wrapLabel(block.text, inner, (t) => measureText(t, font.size, font.weight)), gap: block.gapAfter * k };
  });
}

function heightOf(laid: readonly Laid[]): number {
  return laid.reduce((sum, { font, lines, gap }) => sum + lines.length * font.lineHeight + gap, 0);
}

function cutLines(lines: string[], keep: number, font: Font, width: number): string[] {
  const kept = lines.slice(0, keep);
  let last = kept[keep - 1] ?? '';
  while (last.length > 0 && measureText(`${last}…`, font.size, font.weight) > width) last = last.slice(0, -1).trimEnd();
  kept[keep - 1] = `${last}…`;
  return kept;
}

/** The blocks laid top to bottom from (x, y), within `width` × `height`. */
export function fitColumn(blocks: readonly ColumnBlock[], x: number, y: number, width: number, height: number): Column {
  let k = 1;
  let laid = lay(blocks, width, k);
  while (heightOf(laid) > height && k > MIN_FONT_SCALE) {
    k = Math.max(MIN_FONT_SCALE, Math.round((k - 0.05) * 100) / 100);
    laid = lay(blocks, width, k);
  }
  let cut = false;
  // Still too tall: the cuttable blocks, last first, give up lines down to two.
  for (let i = laid.length - 1; i >= 0 && heightOf(laid) > height; i--) {
    const item = laid[i] as Laid;
    if (!item.block.cuttable) continue;
    const over = heightOf(laid) - height;
    const keep = Math.max(2, item.lines.length - Math.ceil(over / item.font.lineHeight));
    if (keep < item.lines.length) {
      item.lines = cutLines(item.lines, keep, item.font, width - (item.block.indent ?? 0));
      cut = true;
    }
  }
  let top = y;
  const parts: string[] = [];
  for (const { block, font, lines, gap } of laid) {
    if (lines.length === 0) continue;
    const left = x + (block.indent ?? 0);
    const blockHeight = lines.length * font.lineHeight;
    if (block.bar) parts.push(element('rect', { x: num(x), y: num(top), width: 5, height: num(blockHeight), fill: block.bar }));
    if (block.tag) {
      const tagWidth = Math.max(...lines.map((line) => measureText(line, font.size, font.weight))) + 2 * TAG_PAD;
      parts.push(element('rect', { x: num(left), y: num(top), width: num(tagWidth), height: num(blockHeight), rx: 5, fill: block.tag }));
    }
    const textLeft = left + (block.tag ? TAG_PAD : 0);
    parts.push(textLines(lines, textLeft, baselineIn(top, font.lineHeight, font.size), font.lineHeight, { size: font.size, weight: font.weight, fill: block.fill }, { 'data-part': block.role }));
    top += blockHeight + gap;
  }
  return { svg: parts.join(''), height: top - y, fontScale: k, cut };
}
