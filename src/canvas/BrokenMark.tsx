// The break mark on a broken link: a gap across the line with two strokes, placed as the SVG export places it.
import { BREAK_GAP, BREAK_MARK_PATH, BROKEN_LINK, routePointAt } from '../export/svg/flagTheme.ts';
import type { Point } from '../layout/types.ts';

export function BrokenMark({ points }: { points: readonly Point[] }) {
  const { point, angle } = routePointAt(points, BROKEN_LINK.at);
  const degrees = (angle * 180) / Math.PI;
  return (
    <g className="broken-mark" transform={`translate(${point.x} ${point.y}) rotate(${degrees})`} aria-hidden="true">
      <rect x={-BREAK_GAP.width / 2} y={-BREAK_GAP.height / 2} width={BREAK_GAP.width} height={BREAK_GAP.height} fill="#ffffff" />
      <path d={BREAK_MARK_PATH} stroke={BROKEN_LINK.markColor} strokeWidth={2} strokeLinecap="round" fill="none" />
    </g>
  );
}
