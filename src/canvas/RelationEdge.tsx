// A relation on the canvas: its laid-out route drawn as the exports draw it, styled and tipped by its kind.
import { BaseEdge, type EdgeProps, getBezierPath } from '@xyflow/react';
import { memo } from 'react';
import { markerId } from '../export/svg/markers.ts';
import { routeMidpoint, routePath } from '../export/svg/routePath.ts';
import { BROKEN_LINK } from '../export/svg/flagTheme.ts';
import { junctionDotPath, relationLabelPlacement } from '../export/svg/relationSvg.ts';
import { RELATION_LABEL_FONT } from '../layout/sizeRelationLabel.ts';
import { lightTheme } from '../export/svg/theme.ts';
import type { RelationFlowEdge } from '../state/mapToFlow.ts';
import { BrokenMark } from './BrokenMark.tsx';
import { EdgeRelationPicker } from './EdgeRelationPicker.tsx';
import { routeMatches } from './routeMatches.ts';

/** How far a route's end may sit from the handle and still count as this box's route (handles are 8 px). */
const ROUTE_TOLERANCE = 10;

/**
 * A link's label, placed and wrapped by the export's own function, so a long label is the same narrow block on
 * screen and on paper (React Flow's edge label is a single line). Drawn in SVG inside the edge, like the curve.
 */
const RelationLabel = memo(function RelationLabel({ label, points, color }: { label: string; points: readonly { x: number; y: number }[]; color: string }) {
  const at = relationLabelPlacement(label, points);
  return (
    <g className="relation-edge__label">
      <rect x={at.x} y={at.y} width={at.width} height={at.height} rx={3} fill="var(--canvas)" fillOpacity={0.9} />
      <text fontSize={RELATION_LABEL_FONT.size} fontWeight={RELATION_LABEL_FONT.weight} fill={color} textAnchor="middle">
        {at.lines.map((line, i) => (
          <tspan key={i} x={at.centreX} y={line.baseline}>
            {line.text}
          </tspan>
        ))}
      </text>
    </g>
  );
});

export const RelationEdge = memo(function RelationEdge(props: EdgeProps<RelationFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const relation = data?.relation ?? 'causes';
  const style = lightTheme.relations[relation];
  const points = data?.points ?? [];
  const broken = data?.broken === true;
  let path: string;
  let labelX: number;
  let labelY: number;
  let labelRoute: readonly { x: number; y: number }[];
  // The route's ends sit where the layout spread them along the sides, away from the handles in the middle;
  // a box dragged since keeps its spread ends on a plain curve.
  const start = { x: sourceX + (data?.ports?.source.x ?? 0), y: sourceY + (data?.ports?.source.y ?? 0) };
  const end = { x: targetX + (data?.ports?.target.x ?? 0), y: targetY + (data?.ports?.target.y ?? 0) };
  const routed = routeMatches(points, start, end, ROUTE_TOLERANCE);
  // A joint group is one arrow: this member's branch ends at the junction; the lead draws the stem, the arrowhead and the dot.
  const joint = routed ? data?.joint : undefined;
  if (routed) {
    path = routePath(joint ? joint.branch : points);
    ({ x: labelX, y: labelY } = routeMidpoint(points));
    labelRoute = points;
  } else {
    [path, labelX, labelY] = getBezierPath({ sourceX: start.x, sourceY: start.y, sourcePosition, targetX: end.x, targetY: end.y, targetPosition });
    labelRoute = [{ x: labelX, y: labelY }];
  }
  const stroke = { stroke: style.color, strokeWidth: selected ? style.width + 1 : style.width, strokeDasharray: style.dash || undefined, strokeOpacity: broken ? BROKEN_LINK.opacity : undefined };
  return (
    <g
      className={broken ? 'relation-edge relation-edge--broken' : 'relation-edge'}
      data-relation={relation}
      data-broken={broken ? 'true' : undefined}
      data-joint={joint ? 'merged' : undefined}
    >
      <BaseEdge path={path} markerEnd={joint ? undefined : `url(#${markerId(relation)})`} style={stroke} />
      {joint?.lead && (
        <g className="relation-edge__joint" data-joint-stem="true">
          <path d={routePath([joint.junction, end])} fill="none" markerEnd={`url(#${markerId(relation)})`} style={stroke} />
          <path d={junctionDotPath(joint.junction)} fill={style.color} fillOpacity={broken ? BROKEN_LINK.opacity : undefined} />
        </g>
      )}
      {data?.label && <RelationLabel label={data.label} points={labelRoute} color={style.color} />}
      {selected && <EdgeRelationPicker id={id} relation={relation} x={labelX} y={labelY} />}
      {broken && <BrokenMark points={routed ? (joint?.branch ?? points) : [start, end]} />}
    </g>
  );
});
