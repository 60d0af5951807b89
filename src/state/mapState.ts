// The store's data and its pure transitions: open a map, replace it, re-lay it, report load problems.
import { layoutMap } from '../layout/layoutMap.ts';
import type { MapLayout } from '../layout/types.ts';
import { parseMap, type ParseResult } from '../model/parseMap.ts';
import type { Problem } from '../model/problems.ts';
import type { ArgumentMap, Direction } from '../model/schema.ts';
import { EMPTY_LAYOUT_JOB_DATA, type LayoutJobData, laysOutLater, withLayoutRequest } from './layoutJob.ts';
import { neutraliseBidi } from '../model/neutraliseBidi.ts';

/** Where the map on screen came from: a file in maps/ (read through the API) or a file opened from disk. */
export type MapOrigin =
  | { kind: 'server'; name: string; version: string }
  | { kind: 'file'; fileName: string };

/** A layout of a map in the direction it opens in, computed ahead (the layout worker lays the routed map out while the page starts). */
export interface OpeningLayout {
  direction: Direction;
  layout: MapLayout;
}

/** Why something could not be opened; shown in the problems panel while the previous map stays on screen. */
export interface LoadProblems {
  title: string;
  problems: Problem[];
}

/** A short notice for the status line; the id changes on every notice so the same words are announced again. */
export interface StatusMessage {
  id: number;
  text: string;
}

export interface MapData extends LayoutJobData {
  map: ArgumentMap | null;
  origin: MapOrigin | null;
  direction: Direction;
  layout: MapLayout | null;
  /** Changes when a map is opened or re-laid as a whole, so the canvas fits it to the window; edits leave it alone. */
  viewKey: number;
  /** What is being loaded right now, in words, or null. */
  loading: string | null;
  loadProblems: LoadProblems | null;
  status: StatusMessage | null;
}

export const EMPTY_MAP_DATA: MapData = {
  map: null,
  origin: null,
  direction: 'TB',
  layout: null,
  viewKey: 0,
  loading: null,
  loadProblems: null,
  status: null,
  ...EMPTY_LAYOUT_JOB_DATA,
};

export function describeOrigin(origin: MapOrigin): string {
  return origin.kind === 'server' ? `maps/${origin.name}.json` : origin.fileName;
}

function countProblems(problems: readonly Problem[]): string {
  return problems.length === 1 ? '1 problem' : `${problems.length} problems`;
}

export function withStatus<S extends MapData>(state: S, text: string): S {
  return { ...state, status: { id: (state.status?.id ?? 0) + 1, text } };
}

export function withLoadProblems<S extends MapData>(state: S, problems: LoadProblems): S {
  return withStatus({ ...state, loading: null, loadProblems: problems }, problems.title);
}

/** Lays the map out, or explains why it could not be; a layout failure must never blank the screen. */
function laidOut(map: ArgumentMap, direction: Direction): { ok: true; layout: MapLayout } | { ok: false; problem: Problem } {
  try {
    return { ok: true, layout: layoutMap(map, { direction }) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { path: [], message: `the map could not be laid out: ${detail}` } };
  }
}

/** `opening`, when given, is layoutMap's result for this map, computed elsewhere; it is used if its direction is the one the map opens in. */
export function withOpenedMap(state: MapData, map: ArgumentMap, origin: MapOrigin, opening?: OpeningLayout | null): MapData {
  const direction = map.layout?.direction ?? 'TB';
  const opened = `Opened “${neutraliseBidi(map.meta.title)}” from ${describeOrigin(origin)}`;
  if (laysOutLater(state, map)) {
    const waiting = { ...state, map, origin, direction, layout: null, loading: null, loadProblems: null };
    return withStatus(withLayoutRequest(waiting, map, direction), opened);
  }
  const result = opening?.direction === direction ? { ok: true as const, layout: opening.layout } : laidOut(map, direction);
  if (!result.ok) return withLoadProblems(state, { title: `${describeOrigin(origin)} could not be shown`, problems: [result.problem] });
  const shown: MapData = {
    ...state,
    map,
    origin,
    direction,
    layout: result.layout,
    viewKey: state.viewKey + 1,
    loading: null,
    loadProblems: null,
    layoutJob: null,
  };
  return withStatus(shown, opened);
}

/** Reads file text through the one load gate; an invalid file leaves the map on screen as it was. */
export function withOpenedText(state: MapData, text: string, origin: MapOrigin): MapData {
  return withParsedFile(state, parseMap(text), origin);
}

/** Shows what the load gate made of a file (parseMap's result, e.g. from the layout worker), laid out ahead or not. */
export function withParsedFile(state: MapData, parsed: ParseResult, origin: MapOrigin, opening?: OpeningLayout | null): MapData {
  if (parsed.ok) return withOpenedMap(state, parsed.map, origin, opening);
  return withLoadProblems(state, {
    title: `${describeOrigin(origin)} has ${countProblems(parsed.problems)} and was not opened`,
    problems: parsed.problems,
  });
}

/** The one path every change of the map on screen takes: the map is replaced whole and laid out again. */
export function withMap(state: MapData, map: ArgumentMap): MapData {
  if (laysOutLater(state, map)) return withLayoutRequest({ ...state, map, layout: null }, map, state.direction);
  const result = laidOut(map, state.direction);
  if (!result.ok) return withLoadProblems(state, { title: 'The changed map could not be laid out', problems: [result.problem] });
  return { ...state, map, layout: result.layout, layoutJob: null };
}

export function withDirection(state: MapData, direction: Direction): MapData {
  if (!state.map) return { ...state, direction };
  const words = direction === 'LR' ? 'left to right' : 'top to bottom';
  if (laysOutLater(state, state.map)) return withStatus(withLayoutRequest({ ...state, direction }, state.map, direction), `Laying out ${words}`);
  const result = laidOut(state.map, direction);
  if (!result.ok) return withLoadProblems(state, { title: 'The map could not be laid out again', problems: [result.problem] });
  return withStatus({ ...state, direction, layout: result.layout, viewKey: state.viewKey + 1, layoutJob: null }, `Laid out ${words}`);
}

/** The pending layout failed: the problem is shown and whatever is drawn stays. */
export function withLayoutFailure<S extends MapData>(state: S, id: number, message: string): S {
  if (state.layoutJob?.id !== id) return state;
  const what = state.origin ? describeOrigin(state.origin) : 'The map';
  return withLoadProblems(
    { ...state, layoutJob: null },
    { title: `${what} could not be laid out`, problems: [{ path: [], message: `the map could not be laid out: ${message}` }] },
  );
}
