// Puts the renderer's map into an area of a page or slide: scaled about its frame, and clipped to the area.
import type { RenderedSvg } from './renderMapSvg.ts';
import { element, num } from './xml.ts';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The rendered document without its own <svg> wrapper: its <defs> and drawing, to be nested in a group. */
export function innerSvg(rendered: RenderedSvg): string {
  const open = rendered.svg.indexOf('>', rendered.svg.indexOf('<svg')) + 1;
  return rendered.svg.slice(open, rendered.svg.lastIndexOf('</svg>'));
}

/**
 * The map's frame scaled by `scale` and centred in `area`; what lies outside the frame (neighbours cut at the
 * edge of a zoomed view or a tile) is clipped at the area, so it never runs into the words beside it.
 * `id` names the clip path and must be unique in the page.
 */
export function placeMapSvg(rendered: RenderedSvg, area: Area, scale: number, id: string, part: string): string {
  const frame = rendered.mapFrame;
  const x = area.x + (area.width - frame.width * scale) / 2 - frame.x * scale;
  const y = area.y + (area.height - frame.height * scale) / 2 - frame.y * scale;
  const clip = element('clipPath', { id }, element('rect', { x: num(area.x), y: num(area.y), width: num(area.width), height: num(area.height) }));
  return (
    `<defs>${clip}</defs>` +
    element('g', { 'clip-path': `url(#${id})`, 'data-part': part }, element('g', { transform: `translate(${num(x)} ${num(y)}) scale(${num(scale)})` }, innerSvg(rendered)))
  );
}
