// Applies the teaching views to the React Flow elements: the presentation's revealed steps, and the filters and focus (hidden, never removed).
import type { ArgumentMap } from '../model/schema.ts';
import { stepReveal } from '../model/stepReveal.ts';
import { hiddenByFilter, isFiltering } from '../model/viewFilter.ts';
import type { FlowElements } from './mapToFlow.ts';
import { presentOrder, type TeachingData } from './teachingState.ts';

export const CURRENT_STEP_CLASS = 'is-current-step';

export interface TeachingView {
  hiddenClaims: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
  /** The claim the presentation is on, and its links; emphasised on the canvas. */
  current: string | null;
  currentRelations: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/** What the canvas hides and emphasises now, or null when every claim shows plainly. */
export function teachingViewOf(map: ArgumentMap, state: Pick<TeachingData, 'presenting' | 'filter'>): TeachingView | null {
  if (state.presenting) {
    const reveal = stepReveal(map, presentOrder(map), state.presenting.step);
    if (!reveal) return null;
    return {
      hiddenClaims: new Set(map.nodes.filter((claim) => !reveal.shown.has(claim.id)).map((claim) => claim.id)),
      hiddenRelations: new Set(map.edges.filter((relation) => !reveal.shownRelations.has(relation.id)).map((relation) => relation.id)),
      current: reveal.current,
      currentRelations: reveal.currentRelations,
    };
  }
  if (!isFiltering(state.filter)) return null;
  const hidden = hiddenByFilter(map, state.filter);
  return { hiddenClaims: hidden.claims, hiddenRelations: hidden.relations, current: null, currentRelations: NONE };
}

/** Only elements that change get new objects, so memoised nodes that stay as they were do not re-render. */
export function withTeachingView(flow: FlowElements, view: TeachingView | null): FlowElements {
  if (!view) return flow;
  const nodes = flow.nodes.map((node) => {
    const hidden = view.hiddenClaims.has(node.id);
    const current = view.current === node.id;
    if (!hidden && !current) return node;
    return { ...node, hidden, ...(current ? { className: CURRENT_STEP_CLASS } : {}) };
  });
  const edges = flow.edges.map((edge) => {
    const hidden = view.hiddenRelations.has(edge.id);
    const current = view.currentRelations.has(edge.id);
    if (!hidden && !current) return edge;
    return { ...edge, hidden, ...(current ? { className: CURRENT_STEP_CLASS } : {}) };
  });
  return { nodes, edges };
}
