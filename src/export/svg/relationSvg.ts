// One relation in SVG: the routed curve in its relation's stroke with its arrowhead, and its label if it has one.
import { measureText } from '../../layout/measureText.ts';
import type { RelationRoute } from '../../layout/types.ts';
import type { Relation } from '../../model/schema.ts';
import { markerId } from './markers.ts';
import { routeMidpoint, routePath } from './routePath.ts';
import { baselineIn, textLine } from './svgText.ts';
import type { Theme } from './theme.ts';
import { element } from './xml.ts';

const LABEL_PAD_X = 4;
const LABEL_HEIGHT = 16;
/** Relation labels use the small size at normal weight, so they read as annotations, not claims. */
export const RELATION_LABEL_WEIGHT = 400;

export function relationSvg(relation: Relation, route: RelationRoute, theme: Theme): string {
  const style = theme.relations[relation.relation];
  return element('path', {
    d: routePath(route.points),
    fill: 'none',
    stroke: style.color,
    'stroke-width': style.width,
    'stroke-dasharray': style.dash,
    'stroke-linecap': 'butt',
    'marker-end': `url(#${markerId(relation.relation)})`,
    'data-relation-id': relation.id,
    'data-relation': relation.relation,
  });
}

/** Labels are drawn after every curve so no curve crosses a label's backing. */
export function relationLabelSvg(relation: Relation, route: RelationRoute, theme: Theme): string {
  if (!relation.label) return '';
  const mid = routeMidpoint(route.points);
  const size = theme.font.smallSize;
  const width = Math.ceil(measureText(relation.label, size, RELATION_LABEL_WEIGHT)) + 2 * LABEL_PAD_X;
  const top = mid.y - LABEL_HEIGHT / 2;
  return element(
    'g',
    { 'data-relation-label': relation.id },
    element('rect', { x: mid.x - width / 2, y: top, width, height: LABEL_HEIGHT, rx: 3, fill: theme.background, 'fill-opacity': 0.9 }) +
      textLine(relation.label, mid.x, baselineIn(top, LABEL_HEIGHT, size), { size, weight: RELATION_LABEL_WEIGHT, fill: theme.relations[relation.relation].color, anchor: 'middle' }),
  );
}
