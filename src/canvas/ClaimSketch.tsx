// A claim too small on screen to read, drawn as the eye sees it then: the kind caption, label lines and status badge as bars of their colours.
import { memo } from 'react';
import { badgeWidth } from '../export/svg/badgeWidth.ts';
import { kindCaption, lightTheme, type StatusStyle } from '../export/svg/theme.ts';
import { measureText } from '../layout/measureText.ts';
import { BADGE_PAD_X, ICON_GAP, ICON_SIZE, KIND_ROW, LABEL_LINE, PAD_X, rowTops, STATUS_ROW } from '../layout/nodeMetrics.ts';
import type { ClaimKind, Status } from '../model/schema.ts';

/** A bar stands for a line of text: about the height of its letters, as dark as the text looks from afar. */
const INK = 0.45;

interface ClaimSketchProps {
  kind: ClaimKind;
  /** Null where the status is not shown (practice hides it behind the learner's own mark). */
  status: Status | null;
  labelLines: readonly string[];
  /** The box's width: no bar runs past its padding. */
  width: number;
}

function Badge({ x, y, width, style }: { x: number; y: number; width: number; style: StatusStyle }) {
  return (
    <>
      <rect x={x} y={y} width={width} height={STATUS_ROW} rx={STATUS_ROW / 2} fill={style.background} />
      <rect x={x + BADGE_PAD_X} y={y + 6} width={width - 2 * BADGE_PAD_X} height={8} fill={style.color} fillOpacity={INK} />
    </>
  );
}

/** SVG shapes for the inside of the claim's outline (ClaimNode's svg). */
export const ClaimSketch = memo(function ClaimSketch({ kind, status, labelLines, width }: ClaimSketchProps) {
  const kindStyle = lightTheme.kinds[kind];
  const statusStyle = status ? lightTheme.statuses[status] : null;
  const { font } = lightTheme;
  const room = Math.max(0, width - 2 * PAD_X);
  const rows = rowTops(labelLines.length);
  const caption = ICON_SIZE + ICON_GAP + measureText(kindCaption(kindStyle), font.smallSize, font.smallWeight);
  return (
    <>
      <rect x={PAD_X} y={rows.kind + (KIND_ROW - 8) / 2} width={Math.min(room, caption)} height={8} fill={kindStyle.stroke} fillOpacity={INK} />
      {labelLines.map((line, i) => (
        <rect key={i} x={PAD_X} y={rows.label + i * LABEL_LINE + 5} width={Math.min(room, measureText(line, font.labelSize, font.labelWeight))} height={10} fill={lightTheme.text} fillOpacity={INK * 0.8} />
      ))}
      {statusStyle && <Badge x={PAD_X} y={rows.status} width={badgeWidth(statusStyle.word, lightTheme)} style={statusStyle} />}
    </>
  );
});
