// Reads map file text through the load gate and, for a map small enough, lays it out as opening it would: the layout worker's `read`.
import { layoutMap } from '../layout/layoutMap.ts';
import { parseMap } from '../model/parseMap.ts';
import type { LayoutAnswer } from './layoutWorkerProtocol.ts';

/**
 * parseMap(text), and layoutMap in the map's own direction when it has at most `layoutUpTo` claims. A layout
 * that throws is left to the page, which lays the map out again and reports the problem as it always does.
 */
export function readMapFile(text: string, layoutUpTo: number): Extract<LayoutAnswer, { type: 'read' }> {
  const parsed = parseMap(text);
  if (!parsed.ok || parsed.map.nodes.length > layoutUpTo) return { type: 'read', parsed, opening: null };
  const direction = parsed.map.layout?.direction ?? 'TB';
  try {
    return { type: 'read', parsed, opening: { direction, layout: layoutMap(parsed.map, { direction }) } };
  } catch {
    return { type: 'read', parsed, opening: null };
  }
}
