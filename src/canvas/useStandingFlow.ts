// The canvas's nodes and edges with the computed layer: what-if statuses applied, flags, broken links, practice marks.
import { useMemo } from 'react';
import type { MapLayout } from '../layout/types';
import type { ArgumentMap } from '../model/schema';
import { shownMapOf, standingViewOf } from '../state/evaluationView';
import { type FlowElements, mapToFlow } from '../state/mapToFlow';
import { useMapStore } from '../state/useMapStore';
import { withStanding } from '../state/withStanding';

const NO_ELEMENTS: FlowElements = { nodes: [], edges: [] };

/** Recomputed only when the map, its layout or the evaluation mode changes; the evaluation itself is cached per map. */
export function useStandingFlow(map: ArgumentMap | null, layout: MapLayout | null): FlowElements {
  const mode = useMapStore((s) => s.evaluationMode);
  const shown = useMemo(() => (map ? shownMapOf(map, mode) : null), [map, mode]);
  const flow = useMemo(() => (shown && layout ? mapToFlow(shown, layout) : NO_ELEMENTS), [shown, layout]);
  return useMemo(() => (map ? withStanding(flow, standingViewOf(map, mode)) : flow), [flow, map, mode]);
}
