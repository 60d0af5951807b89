// Messages between the page and the layout worker.
import type { LayoutStep } from '../layout/layoutMap.ts';
import type { MapLayout } from '../layout/types.ts';
import type { ArgumentMap, Direction } from '../model/schema.ts';

export interface LayoutRequest {
  id: number;
  map: ArgumentMap;
  direction: Direction;
}

export type LayoutResponse =
  | { id: number; type: 'progress'; step: LayoutStep }
  | { id: number; type: 'done'; layout: MapLayout }
  | { id: number; type: 'error'; message: string };
