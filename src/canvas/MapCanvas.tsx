// The React Flow canvas showing the store's map: custom claim nodes and relation edges, fitted on every (re)layout.
import { Background, Controls, type EdgeTypes, type FitViewOptions, MiniMap, type NodeTypes, ReactFlow, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { lightTheme } from '../export/svg/theme';
import { type ClaimFlowNode, type FlowElements, mapToFlow } from '../state/mapToFlow';
import { useMapStore } from '../state/useMapStore';
import { ClaimNode } from './ClaimNode';
import { RelationEdge } from './RelationEdge';
import { RelationMarkers } from './RelationMarkers';
import './MapCanvas.css';

const NODE_TYPES: NodeTypes = { claim: ClaimNode };
const EDGE_TYPES: EdgeTypes = { relation: RelationEdge };
/** Room at the bottom for the minimap and zoom controls, so fitting never puts a node under them. */
const FIT_OPTIONS: FitViewOptions = { padding: { top: '28px', right: '28px', bottom: '140px', left: '28px' }, maxZoom: 1.2 };
const MINIMAP_STYLE = { width: 168, height: 108 };
const NO_ELEMENTS: FlowElements = { nodes: [], edges: [] };

const ARIA_LABELS = {
  'node.a11yDescription.default': 'A node of the argument map. Use Tab to move between nodes and links.',
  'edge.a11yDescription.default': 'A link of the argument map between two nodes.',
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit map to window',
  'minimap.ariaLabel': 'Overview of the whole map',
};

function miniMapColor(node: ClaimFlowNode): string {
  return lightTheme.kinds[node.data.kind].stroke;
}

/** Fits the map to the window whenever the store says a map was opened or laid out anew (not after each edit). */
function FitOnRelayout({ viewKey }: { viewKey: number }) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (viewKey > 0) void fitView(FIT_OPTIONS);
  }, [viewKey, fitView]);
  return null;
}

export function MapCanvas() {
  const { map, layout, viewKey } = useMapStore(useShallow((s) => ({ map: s.map, layout: s.layout, viewKey: s.viewKey })));
  const flow = useMemo(() => (map && layout ? mapToFlow(map, layout) : NO_ELEMENTS), [map, layout]);
  return (
    <div className="map-canvas">
      <RelationMarkers />
      <ReactFlow<ClaimFlowNode>
        nodes={flow.nodes}
        edges={flow.edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        fitView
        fitViewOptions={FIT_OPTIONS}
        minZoom={0.1}
        maxZoom={2.5}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable
        edgesFocusable
        ariaLabelConfig={ARIA_LABELS}
        aria-label="Argument map"
      >
        <FitOnRelayout viewKey={viewKey} />
        <Background gap={24} size={1.2} color="#d6dae1" />
        <Controls showInteractive={false} />
        <MiniMap<ClaimFlowNode> style={MINIMAP_STYLE} nodeColor={miniMapColor} nodeStrokeWidth={0} pannable zoomable />
      </ReactFlow>
    </div>
  );
}
