// The canvas's nodes and edges with the computed layer: what-if statuses applied, flags, broken links, practice marks.
import { useEffect, useMemo, useState } from 'react';
import type { MapLayout } from '../layout/types.ts';
import { flagWords } from '../model/flagWords.ts';
import type { ArgumentMap } from '../model/schema.ts';
import { shownMapOf, standingViewOf } from '../state/evaluationView.ts';
import { type FlowElements, mapToFlow } from '../state/mapToFlow.ts';
import { reuseUnchanged } from '../state/reuseUnchanged.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { stagedStepOf, withStagedMarks } from '../state/stagedView.ts';
import { withStanding } from '../state/withStanding.ts';
import { inNextTask } from './inNextTask.ts';

const NO_ELEMENTS: FlowElements = { nodes: [], edges: [] };

/**
 * Recomputed only when the map, its layout or the evaluation mode changes (the evaluation itself is cached per
 * map); elements an edit left unchanged are handed out as the same objects as before.
 */
export function useStandingFlow(map: ArgumentMap | null, layout: MapLayout | null): FlowElements {
  const mode = useMapStore((s) => s.evaluationMode);
  const presenting = useMapStore((s) => s.presenting);
  // While presenting, a step shows only the marks (and flags) it has revealed.
  const staged = useMemo(() => (map ? stagedStepOf(map, presenting, mode) : null), [map, presenting, mode]);
  const shown = useMemo(() => (staged ? staged.map : map ? shownMapOf(map, mode) : null), [staged, map, mode]);
  const flow = useMemo(() => (shown && layout ? mapToFlow(shown, layout) : NO_ELEMENTS), [shown, layout]);
  // A big map waits for its layout with nothing drawn: its standing is computed meanwhile, in a task of its own,
  // rather than in the one that opened it (~25 ms at 1,000 claims) or the one that draws it.
  const waiting = map !== null && flow.nodes.length === 0;
  const standing = useMemo(
    () => (map && !waiting ? (staged ? withStagedMarks(flow, staged, flagWords(map.meta.flagName)) : withStanding(flow, standingViewOf(map, mode), flagWords(map.meta.flagName))) : flow),
    [flow, map, mode, staged, waiting],
  );
  useEffect(() => {
    if (map && waiting) return inNextTask(() => void standingViewOf(map, mode));
  }, [map, mode, waiting]);
  // Kept from the last render (React's pattern for state derived from a changed input): what an edit left alone keeps its object.
  const [kept, setKept] = useState({ from: standing, shown: standing });
  if (kept.from === standing) return kept.shown;
  const reused = reuseUnchanged(kept.shown, standing);
  setKept({ from: standing, shown: reused });
  return reused;
}
