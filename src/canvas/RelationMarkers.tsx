// Defines each relation's arrowhead once for the whole page, from the same shapes the SVG export draws.
import { MARKER_SIZE, markerId, markerShape } from '../export/svg/markers.ts';
import { lightTheme } from '../export/svg/theme.ts';
import { RELATIONS } from '../model/schema.ts';

export function RelationMarkers() {
  return (
    <svg className="relation-markers" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {RELATIONS.map((relation) => {
          const style = lightTheme.relations[relation];
          const shape = markerShape(style);
          return (
            <marker
              key={relation}
              id={markerId(relation)}
              viewBox={`0 0 ${MARKER_SIZE} ${MARKER_SIZE}`}
              markerWidth={MARKER_SIZE}
              markerHeight={MARKER_SIZE}
              markerUnits="userSpaceOnUse"
              refX={shape.refX}
              refY={shape.refY}
              orient="auto"
            >
              <path
                d={shape.path}
                fill={shape.filled ? style.color : 'none'}
                stroke={style.color}
                strokeWidth={shape.strokeWidth}
                strokeLinejoin="round"
                strokeLinecap="round"
              />
            </marker>
          );
        })}
      </defs>
    </svg>
  );
}
