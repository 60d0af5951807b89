// Messages between the page and the layout worker.
import type { LayoutStep } from '../layout/layoutMap';
import type { MapLayout } from '../layout/types';
import type { ArgumentMap, Direction } from '../model/schema';

export interface LayoutRequest {
  id: number;
  map: ArgumentMap;
  direction: Direction;
}

export type LayoutResponse =
  | { id: number; type: 'progress'; step: LayoutStep }
  | { id: number; type: 'done'; layout: MapLayout }
  | { id: number; type: 'error'; message: string };
