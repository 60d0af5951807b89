// Whole-map layouts of big maps, computed off the page's thread: the pending request, its progress, and applying (or ignoring) its answer.
import type { LayoutStep } from '../layout/layoutMap.ts';
import type { MapLayout } from '../layout/types.ts';
import type { ArgumentMap, Direction } from '../model/schema.ts';
import type { EditableState } from './editState.ts';
import { holdLayout, positionsOf } from './holdLayout.ts';

/**
 * Maps with more claims than this are laid out in a worker by the app: dagre takes long enough there to freeze
 * the page. Classroom maps stay below it and are laid out at once, so they never flash an empty canvas.
 */
export const WORKER_LAYOUT_ABOVE = 150;

/** A whole-map layout someone (the app's layout worker) is asked to compute; answers for another id are stale. */
export interface LayoutJob {
  id: number;
  map: ArgumentMap;
  direction: Direction;
  /** The step the worker reported last, or null before its first report. */
  step: LayoutStep | null;
}

export interface LayoutJobData {
  layoutJob: LayoutJob | null;
  /** How many jobs were ever requested, so every request gets a new id. */
  layoutRequests: number;
  /** Maps with more claims than this are laid out by a job; Infinity lays every map out at once (tests, Node). */
  asyncLayoutAbove: number;
}

export const EMPTY_LAYOUT_JOB_DATA: LayoutJobData = { layoutJob: null, layoutRequests: 0, asyncLayoutAbove: Infinity };

export function laysOutLater(state: Pick<LayoutJobData, 'asyncLayoutAbove'>, map: ArgumentMap): boolean {
  return map.nodes.length > state.asyncLayoutAbove;
}

/** Asks for a layout of `map`; any earlier request becomes stale. What is drawn now stays until the answer comes. */
export function withLayoutRequest<S extends LayoutJobData>(state: S, map: ArgumentMap, direction: Direction): S {
  const id = state.layoutRequests + 1;
  return { ...state, layoutRequests: id, layoutJob: { id, map, direction, step: null } };
}

export function withLayoutProgress<S extends LayoutJobData>(state: S, id: number, step: LayoutStep): S {
  const job = state.layoutJob;
  if (!job || job.id !== id) return state;
  return { ...state, layoutJob: { ...job, step } };
}

/**
 * Shows the answer to the pending request (fitted to the window, like any whole-map layout). Edits made while
 * it was computed are kept: their map is shown at the answer's places, and claims it does not know are placed
 * beside their neighbours. An answer to an older request is ignored.
 */
export function withLayoutResult<S extends EditableState & LayoutJobData>(state: S, id: number, layout: MapLayout): S {
  const job = state.layoutJob;
  if (!job || job.id !== id) return state;
  const done = { ...state, layoutJob: null };
  if (!state.map) return done;
  const shown = state.map === job.map ? layout : holdLayout(state.map, layout, positionsOf(layout), job.direction);
  return { ...done, layout: shown, held: positionsOf(shown), viewKey: state.viewKey + 1, dragging: null };
}
