// The canvas's nodes and edges with the computed layer: what-if statuses applied, flags, broken links, practice marks.
import { useMemo, useState } from 'react';
import type { MapLayout } from '../layout/types.ts';
import type { ArgumentMap } from '../model/schema.ts';
import { shownMapOf, standingViewOf } from '../state/evaluationView.ts';
import { type FlowElements, mapToFlow } from '../state/mapToFlow.ts';
import { reuseUnchanged } from '../state/reuseUnchanged.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { withStanding } from '../state/withStanding.ts';

const NO_ELEMENTS: FlowElements = { nodes: [], edges: [] };

/**
 * Recomputed only when the map, its layout or the evaluation mode changes (the evaluation itself is cached per
 * map); elements an edit left unchanged are handed out as the same objects as before.
 */
export function useStandingFlow(map: ArgumentMap | null, layout: MapLayout | null): FlowElements {
  const mode = useMapStore((s) => s.evaluationMode);
  const shown = useMemo(() => (map ? shownMapOf(map, mode) : null), [map, mode]);
  const flow = useMemo(() => (shown && layout ? mapToFlow(shown, layout) : NO_ELEMENTS), [shown, layout]);
  const standing = useMemo(() => (map ? withStanding(flow, standingViewOf(map, mode)) : flow), [flow, map, mode]);
  // Kept from the last render (React's pattern for state derived from a changed input): what an edit left alone keeps its object.
  const [kept, setKept] = useState({ from: standing, shown: standing });
  if (kept.from === standing) return kept.shown;
  const reused = reuseUnchanged(kept.shown, standing);
  setKept({ from: standing, shown: reused });
  return reused;
}
