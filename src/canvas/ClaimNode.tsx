// A claim on the canvas: the box of nodeMetrics drawn exactly — kind row, label lines as laid out, status badge.
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo, useContext } from 'react';
import { BOX_STROKE_WIDTH, kindCaption, lightTheme } from '../export/svg/theme.ts';
import { BADGE_PAD_X, ICON_GAP, KIND_ROW, LABEL_LINE, PAD_X, rowTops, STATUS_ROW } from '../layout/nodeMetrics.ts';
import { BACK_HANDLE, type ClaimFlowNode, FORWARD_HANDLE, OPPOSITE_SIDE } from '../state/mapToFlow.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { SketchContext } from './claimDetail.ts';
import { ClaimSketch } from './ClaimSketch.tsx';
import { FlagTags } from './FlagTags.tsx';
import { HiddenMarkBadge } from './HiddenMarkBadge.tsx';
import { flagsAttribute } from './flagsAttribute.ts';
import { InlineLabelEditor } from './InlineLabelEditor.tsx';
import { PinMarker } from './PinMarker.tsx';
import { PracticeMark } from './PracticeMark.tsx';
import { ThemeIcon } from './ThemeIcon.tsx';
import './ClaimNode.css';
import './ClaimNodeEditing.css';

/** The outline is inset by half its width so the stroke stays inside the laid-out box, as in the SVG export. */
const OUTLINE = BOX_STROKE_WIDTH;

/** Row geometry comes from nodeMetrics, the same numbers the sizing and the SVG renderer use. */
const KIND_ROW_STYLE = { left: PAD_X, height: KIND_ROW, gap: ICON_GAP };
const LABEL_STYLE = { left: PAD_X, lineHeight: `${LABEL_LINE}px` };
const STATUS_STYLE = { left: PAD_X, height: STATUS_ROW, gap: ICON_GAP, paddingInline: BADGE_PAD_X };

export const ClaimNode = memo(function ClaimNode({ id, data, width, height, sourcePosition, targetPosition }: NodeProps<ClaimFlowNode>) {
  const editing = useMapStore((s) => s.editingLabel === id);
  /** Too small to read (or to need its own elements); a claim being renamed is always drawn in full. */
  const sketch = useContext(SketchContext) && !editing;
  const kind = lightTheme.kinds[data.kind];
  const status = lightTheme.statuses[data.status];
  const rows = rowTops(data.labelLines.length);
  const w = width ?? 0;
  const h = height ?? 0;
  const standing = data.standing;
  const inSide = targetPosition ?? Position.Top;
  const outSide = sourcePosition ?? Position.Bottom;
  const className = `claim-node${standing?.whatIfWas ? ' claim-node--what-if' : ''}`;
  return (
    <div className={className} data-kind={data.kind} data-status={data.markHidden ? 'hidden' : data.status} data-flags={flagsAttribute(standing?.flags)}>
      <svg className="claim-node__outline" width={w} height={h} aria-hidden="true" focusable="false">
        <rect
          x={OUTLINE / 2}
          y={OUTLINE / 2}
          width={Math.max(0, w - OUTLINE)}
          height={Math.max(0, h - OUTLINE)}
          rx={kind.radius}
          fill={kind.fill}
          stroke={kind.stroke}
          strokeWidth={OUTLINE}
          strokeDasharray={kind.dash || undefined}
        />
        {sketch && <ClaimSketch kind={data.kind} status={standing?.practice || data.markHidden ? null : data.status} labelLines={data.labelLines} width={w} />}
      </svg>
      <Handle className="claim-node__handle" type="target" id={FORWARD_HANDLE} position={inSide} />
      <Handle className="claim-node__handle claim-node__handle--back" type="target" id={BACK_HANDLE} position={OPPOSITE_SIDE[inSide]} isConnectable={false} />
      {!sketch && (
        <>
          <div className="claim-node__kind" style={{ ...KIND_ROW_STYLE, top: rows.kind, color: kind.stroke }}>
            <ThemeIcon icon={kind.icon} />
            <span>{kindCaption(kind)}</span>
          </div>
          <div className="claim-node__label" style={{ ...LABEL_STYLE, top: rows.label }}>
            {editing ? (
              <InlineLabelEditor id={id} label={data.label} width={Math.max(120, w - 2 * PAD_X)} />
            ) : (
              data.labelLines.map((line, i) => (
                <span className="claim-node__line" key={i}>
                  {line}
                </span>
              ))
            )}
          </div>
        </>
      )}
      {data.pinned && <PinMarker id={id} />}
      {standing?.practice ? (
        <PracticeMark practice={standing.practice} style={{ left: PAD_X, top: rows.status }} />
      ) : data.markHidden ? (
        !sketch && <HiddenMarkBadge style={{ ...STATUS_STYLE, top: rows.status }} />
      ) : (
        !sketch && (
          <div className="claim-node__status" style={{ ...STATUS_STYLE, top: rows.status, color: status.color, background: status.background }}>
            <ThemeIcon icon={status.icon} />
            <span>{status.word}</span>
          </div>
        )
      )}
      {standing && <FlagTags id={id} label={data.label} flags={standing.flags} boxWidth={w} boxHeight={h} />}
      <Handle className="claim-node__handle" type="source" id={FORWARD_HANDLE} position={outSide} />
      <Handle className="claim-node__handle claim-node__handle--back" type="source" id={BACK_HANDLE} position={OPPOSITE_SIDE[outSide]} isConnectable={false} />
    </div>
  );
});
