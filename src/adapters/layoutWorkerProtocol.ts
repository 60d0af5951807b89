// Messages between the page and the layout worker, which also reads big map files through the load gate.
import type { LayoutStep } from '../layout/layoutMap.ts';
import type { MapLayout } from '../layout/types.ts';
import type { ParseResult } from '../model/parseMap.ts';
import type { ArgumentMap, Direction } from '../model/schema.ts';
import type { OpeningLayout } from '../state/mapState.ts';

export type LayoutRequest =
  | { id: number; type: 'layout'; map: ArgumentMap; direction: Direction }
  | { id: number; type: 'parse'; text: string }
  | { id: number; type: 'read'; text: string; layoutUpTo: number };

/**
 * What a request is answered with: a layout, parseMap's result for file text, or for `read` both: the file's
 * map laid out too when it has at most `layoutUpTo` claims (null when bigger, invalid, or the layout failed).
 */
export type LayoutAnswer =
  | { type: 'layout'; layout: MapLayout }
  | { type: 'parse'; parsed: ParseResult }
  | { type: 'read'; parsed: ParseResult; opening: OpeningLayout | null };

export type LayoutResponse =
  | { id: number; type: 'progress'; step: LayoutStep }
  | { id: number; type: 'done'; answer: LayoutAnswer }
  | { id: number; type: 'error'; message: string };
