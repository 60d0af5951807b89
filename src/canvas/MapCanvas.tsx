// The React Flow canvas showing the store's map: custom claim nodes and relation edges, fitted on every (re)layout.
import { Background, Controls, type EdgeTypes, type NodeTypes, ReactFlow, useStore } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { WORKER_LAYOUT_ABOVE } from '../state/layoutJob.ts';
import type { ClaimFlowNode, RelationFlowEdge } from '../state/mapToFlow.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { SKETCH_BELOW_ZOOM, SketchContext } from './claimDetail.ts';
import { ClaimNode } from './ClaimNode.tsx';
import { FIT_OPTIONS, FitOnRelayout } from './FitOnRelayout.tsx';
import { OverviewMap } from './OverviewMap.tsx';
import { RelationEdge } from './RelationEdge.tsx';
import { RelationMarkers } from './RelationMarkers.tsx';
import { NodesBeforeLinks } from './NodesBeforeLinks.tsx';
import { TabThroughAllClaims } from './TabThroughAllClaims.tsx';
import { useEditableFlow } from './useEditableFlow.ts';
import { useRevealInBatches } from './useRevealInBatches.ts';
import { useTeachingFlow } from './present/useTeachingFlow.ts';
import { usePaneDoubleClick } from './usePaneDoubleClick.ts';
import './MapCanvas.css';

const NODE_TYPES: NodeTypes = { claim: ClaimNode };
const EDGE_TYPES: EdgeTypes = { relation: RelationEdge };
/**
 * Ctrl-click and Cmd-click both add to the selection, on every platform. Not Shift: with Shift held React Flow
 * starts an area selection at the press, so a click that moves a pixel would clear the selection instead.
 */
const MULTI_SELECT_KEYS = ['Meta', 'Control'];

const ARIA_LABELS = {
  'node.a11yDescription.default': 'A node of the argument map. Use Tab to move between nodes and links.',
  'edge.a11yDescription.default': 'A link of the argument map between two nodes.',
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit map to window',
};

export function MapCanvas() {
  const viewKey = useMapStore((s) => s.viewKey);
  /** A big map draws only what is in view: a thousand mounted claims make every drag frame and the first paint slow. */
  const big = useMapStore((s) => (s.map?.nodes.length ?? 0) > WORKER_LAYOUT_ABOVE);
  const layoutPending = useMapStore((s) => s.layoutJob !== null);
  const editable = useTeachingFlow(useEditableFlow());
  const { nodes, edges, revealing } = useRevealInBatches(editable.nodes ?? [], editable.edges ?? [], viewKey, big);
  const onPaneClick = usePaneDoubleClick();
  const sketch = useStore((s) => s.transform[2] < SKETCH_BELOW_ZOOM);
  return (
    <div className="map-canvas" aria-busy={layoutPending || revealing}>
      <RelationMarkers />
      <SketchContext value={sketch}>
        <ReactFlow<ClaimFlowNode, RelationFlowEdge>
          {...editable}
          nodes={nodes}
          edges={edges}
          onPaneClick={onPaneClick}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          fitView={!big}
          fitViewOptions={FIT_OPTIONS}
          minZoom={0.1}
          maxZoom={2.5}
          zoomOnDoubleClick={false}
          deleteKeyCode={null}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          connectionRadius={32}
          onlyRenderVisibleElements={big}
          nodesFocusable
          edgesFocusable
          ariaLabelConfig={ARIA_LABELS}
          aria-label="Argument map"
        >
          <FitOnRelayout viewKey={viewKey} claims={editable.nodes ?? []} big={big} />
          <TabThroughAllClaims enabled={big} />
          <NodesBeforeLinks enabled={!big} />
          <Background gap={24} size={1.2} color="#d6dae1" />
          <Controls showInteractive={false} />
          <OverviewMap claims={editable.nodes ?? []} />
        </ReactFlow>
      </SketchContext>
    </div>
  );
}
