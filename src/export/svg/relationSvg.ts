// One relation in SVG: the routed curve in its relation's stroke with its arrowhead, and its label if it has one.
import { RELATION_LABEL_FONT, RELATION_LABEL_PAD, sizeRelationLabel } from '../../layout/sizeRelationLabel.ts';
import type { Point, RelationRoute } from '../../layout/types.ts';
import type { Relation } from '../../model/schema.ts';
import { markerId } from './markers.ts';
import { routeMidpoint, routePath } from './routePath.ts';
import { baselineIn, textLines } from './svgText.ts';
import type { Theme } from './theme.ts';
import { element, num } from './xml.ts';

/** Where a link's label is drawn: its lines centred on the route's midpoint, on a backing; the canvas draws the same. */
export interface RelationLabelPlacement {
  /** The backing's top-left corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The x every line is centred on, and each line with its baseline. */
  centreX: number;
  lines: readonly { text: string; baseline: number }[];
}

export function relationLabelPlacement(label: string, points: readonly Point[]): RelationLabelPlacement {
  const mid = routeMidpoint(points);
  const { lines, width, height } = sizeRelationLabel(label);
  const top = mid.y - height / 2;
  const { size, lineHeight } = RELATION_LABEL_FONT;
  return {
    x: mid.x - width / 2,
    y: top,
    width,
    height,
    centreX: mid.x,
    lines: lines.map((text, i) => ({ text, baseline: baselineIn(top + RELATION_LABEL_PAD.y + i * lineHeight, lineHeight, size) })),
  };
}

/** The dot where a joint group's branches meet, as a path (the export draws only rect, path and text). */
export const JUNCTION_RADIUS = 3.5;

export function junctionDotPath(at: Point): string {
  const r = JUNCTION_RADIUS;
  return `M${num(at.x - r)} ${num(at.y)}a${num(r)} ${num(r)} 0 1 0 ${num(2 * r)} 0a${num(r)} ${num(r)} 0 1 0 ${num(-2 * r)} 0Z`;
}

/**
 * A relation's curve with its arrowhead. A member of a joint group draws its branch to the junction instead,
 * and its group's lead member also the one stem into the target with the group's one arrowhead, and the dot.
 */
export function relationSvg(relation: Relation, route: RelationRoute, theme: Theme): string {
  const style = theme.relations[relation.relation];
  const stroke = { fill: 'none', stroke: style.color, 'stroke-width': style.width, 'stroke-dasharray': style.dash, 'stroke-linecap': 'butt' };
  const marker = `url(#${markerId(relation.relation)})`;
  const joint = route.joint;
  if (!joint) {
    return element('path', { d: routePath(route.points), ...stroke, 'marker-end': marker, 'data-relation-id': relation.id, 'data-relation': relation.relation });
  }
  const group = relation.joint ?? '';
  const branch = element('path', { d: routePath(joint.branch), ...stroke, 'data-relation-id': relation.id, 'data-relation': relation.relation, 'data-joint': group });
  const end = route.points.at(-1);
  if (!joint.lead || !end) return branch;
  return (
    branch +
    element('path', { d: routePath([joint.junction, end]), ...stroke, 'marker-end': marker, 'data-joint-stem': group }) +
    element('path', { d: junctionDotPath(joint.junction), fill: style.color, 'data-joint-junction': group })
  );
}

/** Labels are drawn after every curve so no curve crosses a label's backing. Long labels wrap as claim labels do. */
export function relationLabelSvg(relation: Relation, route: RelationRoute, theme: Theme): string {
  if (!relation.label) return '';
  const at = relationLabelPlacement(relation.label, route.points);
  const { size, weight } = RELATION_LABEL_FONT;
  const style = { size, weight, fill: theme.relations[relation.relation].color, anchor: 'middle' as const };
  return element(
    'g',
    { 'data-relation-label': relation.id },
    element('rect', { x: at.x, y: at.y, width: at.width, height: at.height, rx: 3, fill: theme.background, 'fill-opacity': 0.9 }) +
      textLines(at.lines.map((line) => line.text), at.centreX, at.lines[0]?.baseline ?? 0, RELATION_LABEL_FONT.lineHeight, style),
  );
}
