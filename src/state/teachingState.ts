// The teaching half of the store's data (presentation step, outline, filters and focus, centring requests) and its pure transitions.
import type { ArgumentMap, ClaimKind, RelationKind } from '../model/schema.ts';
import { stepOrder } from '../model/stepOrder.ts';
import { clampStep } from '../model/stepReveal.ts';
import { MAX_FOCUS_DEPTH, MIN_FOCUS_DEPTH } from '../model/focusNeighbourhood.ts';
import { hiddenByFilter, NO_FILTER, type ViewFilter } from '../model/viewFilter.ts';
import { NO_SELECTION, type Selection } from './editState.ts';
import type { MapData } from './mapState.ts';

export interface TeachingData {
  /** The presentation, when one is running: the 1-based step on screen. */
  presenting: { step: number } | null;
  outlineOpen: boolean;
  /** The Text panel (the map as Argdown) is open beside the canvas. */
  textOpen: boolean;
  filter: ViewFilter;
  /** A request to move the view to a claim; `seq` changes on every request so the same claim can be asked for twice. */
  centre: { id: string; seq: number } | null;
}

export const DEFAULT_FOCUS_DEPTH = 1;

export const EMPTY_TEACHING_DATA: TeachingData = { presenting: null, outlineOpen: false, textOpen: false, filter: NO_FILTER, centre: null };

type TeachableState = TeachingData & Pick<MapData, 'map'> & { selection: Selection };

/** Derived once per map object: every edit makes a new map, so a cached answer is never stale. */
const orders = new WeakMap<ArgumentMap, string[]>();

export function presentOrder(map: ArgumentMap): string[] {
  let order = orders.get(map);
  if (!order) {
    order = stepOrder(map, map.story);
    orders.set(map, order);
  }
  return order;
}

function withCentre<S extends TeachableState>(state: S, id: string): S {
  return { ...state, centre: { id, seq: (state.centre?.seq ?? 0) + 1 } };
}

/** Shows step `step` (clamped) and centres its claim. */
export function withStep<S extends TeachableState>(state: S, step: number): S {
  if (!state.map) return state;
  const order = presentOrder(state.map);
  const at = clampStep(step, order.length);
  if (at === 0) return state;
  // Entering the presentation drops the selection, so no edit can reach a claim the audience cannot see.
  const moved = { ...state, presenting: { step: at }, selection: state.presenting ? state.selection : NO_SELECTION };
  return withCentre(moved, order[at - 1] as string);
}

export function withPresentationEnded<S extends TeachableState>(state: S): S {
  return state.presenting ? { ...state, presenting: null } : state;
}

/** After an edit (e.g. a reordered story) the step keeps its number but never runs past the end. */
export function withStepInRange<S extends TeachableState>(state: S): S {
  if (!state.presenting || !state.map) return state;
  const at = clampStep(state.presenting.step, presentOrder(state.map).length);
  return at === state.presenting.step ? state : { ...state, presenting: at === 0 ? null : { step: at } };
}

export function withFilter<S extends TeachableState>(state: S, filter: ViewFilter): S {
  return { ...state, filter };
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function withKindToggled<S extends TeachableState>(state: S, kind: ClaimKind): S {
  return withFilter(state, { ...state.filter, hiddenKinds: toggle(state.filter.hiddenKinds, kind) });
}

export function withRelationToggled<S extends TeachableState>(state: S, relation: RelationKind): S {
  return withFilter(state, { ...state.filter, hiddenRelations: toggle(state.filter.hiddenRelations, relation) });
}

export function withFocus<S extends TeachableState>(state: S, id: string, depth: number = state.filter.focus?.depth ?? DEFAULT_FOCUS_DEPTH): S {
  if (!state.map?.nodes.some((claim) => claim.id === id)) return state;
  const clamped = Math.min(MAX_FOCUS_DEPTH, Math.max(MIN_FOCUS_DEPTH, Math.round(depth)));
  return withCentre(withFilter(state, { ...state.filter, focus: { id, depth: clamped } }), id);
}

export function withFocusDepth<S extends TeachableState>(state: S, depth: number): S {
  return state.filter.focus ? withFocus(state, state.filter.focus.id, depth) : state;
}

/**
 * Selects a claim and centres it. A claim the filters hide is shown first: the focus moves to it, and a
 * hidden kind is shown again, so choosing a search hit never selects something invisible.
 */
export function withClaimRevealed<S extends TeachableState>(state: S, id: string): S {
  if (!state.map?.nodes.some((claim) => claim.id === id)) return state;
  let next: S = { ...state, selection: { claims: [id], relations: [] } };
  if (hiddenByFilter(state.map, state.filter).claims.has(id)) {
    const kind = state.map.nodes.find((claim) => claim.id === id)?.kind;
    const filter = state.filter;
    next = withFilter(next, {
      ...filter,
      hiddenKinds: filter.hiddenKinds.filter((k) => k !== kind),
      focus: filter.focus ? { ...filter.focus, id } : null,
    });
  }
  return withCentre(next, id);
}
