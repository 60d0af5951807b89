// Arrowheads per relation: one <marker> each, drawn from the theme, used by the canvas and every export alike.
import { RELATIONS, type RelationKind } from '../../model/schema.ts';
import type { RelationStyle, Theme } from './theme.ts';
import { element } from './xml.ts';

/** Marker box in user space (not scaled by the stroke width, so every relation's head is the same size). */
export const MARKER_SIZE = 12;

export interface MarkerShape {
  /** Path in a 12×12 box whose tip is at (refX, refY). */
  path: string;
  filled: boolean;
  strokeWidth: number;
  refX: number;
  refY: number;
}

export function markerShape(style: RelationStyle): MarkerShape {
  switch (style.marker) {
    case 'triangle':
      return { path: 'M1 1.5 L11 6 L1 10.5 Z', filled: true, strokeWidth: 1, refX: 11, refY: 6 };
    case 'chevron':
      return { path: 'M2 1.5 L10.5 6 L2 10.5', filled: false, strokeWidth: 1.75, refX: 10.5, refY: 6 };
    case 'bar':
      return { path: 'M10 0.5 V11.5', filled: false, strokeWidth: 2.5, refX: 10, refY: 6 };
  }
}

/** Ids are prefixed so an SVG pasted into another document does not collide with its markers. */
export function markerId(relation: RelationKind): string {
  return `causeway-arrow-${relation}`;
}

export function markerDefs(theme: Theme): string {
  return RELATIONS.map((relation) => {
    const style = theme.relations[relation];
    const shape = markerShape(style);
    const head = element('path', {
      d: shape.path,
      fill: shape.filled ? style.color : 'none',
      stroke: style.color,
      'stroke-width': shape.strokeWidth,
      'stroke-linejoin': 'round',
      'stroke-linecap': 'round',
    });
    return element(
      'marker',
      {
        id: markerId(relation),
        viewBox: `0 0 ${MARKER_SIZE} ${MARKER_SIZE}`,
        markerWidth: MARKER_SIZE,
        markerHeight: MARKER_SIZE,
        markerUnits: 'userSpaceOnUse',
        refX: shape.refX,
        refY: shape.refY,
        orient: 'auto',
      },
      head,
    );
  }).join('');
}
