// Messages between the page and the layout worker, which also reads big map files through the load gate.
import type { LayoutStep } from '../layout/layoutMap.ts';
import type { MapLayout } from '../layout/types.ts';
import type { ParseResult } from '../model/parseMap.ts';
import type { ArgumentMap, Direction } from '../model/schema.ts';

export type LayoutRequest =
  | { id: number; type: 'layout'; map: ArgumentMap; direction: Direction }
  | { id: number; type: 'parse'; text: string };

/** What a request is answered with: a layout, or parseMap's result for file text. */
export type LayoutAnswer = { type: 'layout'; layout: MapLayout } | { type: 'parse'; parsed: ParseResult };

export type LayoutResponse =
  | { id: number; type: 'progress'; step: LayoutStep }
  | { id: number; type: 'done'; answer: LayoutAnswer }
  | { id: number; type: 'error'; message: string };
