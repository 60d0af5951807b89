// The title and source-citation blocks: wrapped text the width of the map.
import { measureText } from '../../layout/measureText.ts';
import { wrapLabel } from '../../layout/wrapLabel.ts';
import type { Citation } from '../../model/schema.ts';
import type { Block } from './legendSvg.ts';
import { baselineIn, textLines, type TextStyle } from './svgText.ts';
import type { Theme } from './theme.ts';
import { neutraliseBidi } from '../../model/neutraliseBidi.ts';

export const TITLE_FONT = { size: 20, weight: 600, lineHeight: 26 } as const;
export const CITATION_FONT = { size: 11, weight: 400, lineHeight: 15 } as const;

/** "Source: Author, “Title”, venue, place, date, url" — only the parts the map gives. */
export function citationText(source: Citation): string {
  const parts = [source.author, source.title ? `“${source.title}”` : '', source.venue, source.place, source.date, source.url];
  return `Source: ${neutraliseBidi(parts.filter((p): p is string => !!p && p.trim() !== '').join(', '))}`;
}

function wrappedBlock(text: string, maxWidth: number, font: { size: number; weight: number; lineHeight: number }, style: TextStyle, role: string): Block {
  const lines = wrapLabel(text, maxWidth, (t) => measureText(t, font.size, font.weight));
  const width = Math.ceil(Math.max(...lines.map((line) => measureText(line, font.size, font.weight))));
  const svg = textLines(lines, 0, baselineIn(0, font.lineHeight, font.size), font.lineHeight, style, { 'data-part': role });
  return { svg, width, height: lines.length * font.lineHeight };
}

export function titleSvg(title: string, maxWidth: number, theme: Theme): Block {
  return wrappedBlock(neutraliseBidi(title), maxWidth, TITLE_FONT, { size: TITLE_FONT.size, weight: TITLE_FONT.weight, fill: theme.text }, 'title');
}

export function citationSvg(source: Citation, maxWidth: number, theme: Theme): Block {
  return wrappedBlock(citationText(source), maxWidth, CITATION_FONT, { size: CITATION_FONT.size, weight: CITATION_FONT.weight, fill: theme.mutedText }, 'citation');
}
