// The editing half of the store's data (history, selection, held places, save state) and its pure transitions.
import { layoutMap } from '../layout/layoutMap.ts';
import type { MapLayout } from '../layout/types.ts';
import { withIdsFollowingLabels } from '../model/edits/claimEdits.ts';
import { renamedIds, type Renamed } from '../model/edits/renamedIds.ts';
import type { Problem } from '../model/problems.ts';
import type { ArgumentMap, Position } from '../model/schema.ts';
import {
  type History,
  beginTransaction,
  cancelTransaction,
  canRedo,
  canUndo,
  commitTransaction,
  createHistory,
  record,
  redo,
  undo,
} from './history.ts';
import { holdLayout, positionsOf } from './holdLayout.ts';
import { laysOutLater, withLayoutRequest } from './layoutJob.ts';
import type { MapData, StatusMessage } from './mapState.ts';

export interface Selection {
  claims: readonly string[];
  relations: readonly string[];
}

export const NO_SELECTION: Selection = { claims: [], relations: [] };

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** A map with no file on the server was downloaded as it is now (the browser keeps the file, not Causeway). */
  | { kind: 'downloaded' }
  | { kind: 'conflict'; currentVersion: string | null; message: string }
  | { kind: 'failed'; message: string; problems: Problem[] };

export interface EditData {
  /** Undo/redo of the map; its `present` is always `map`. Null until a map is open. */
  history: History<ArgumentMap> | null;
  /** Where each claim was last drawn: edits keep claims there until "Auto layout". Not part of the file. */
  held: Readonly<Record<string, Position>>;
  selection: Selection;
  /** The claim whose label is being edited in place. */
  editingLabel: string | null;
  /** A claim just added whose label is open for its first name: cancelling that naming takes the claim back. */
  namingNewClaim: string | null;
  /**
   * A field holds text typed since the map last took it (its pause has not come yet, or the map refused it):
   * the work is unsaved even when the map is not.
   */
  typing: boolean;
  /** The keyboard "Link to…" dialog is open for the selected claim. */
  linkToOpen: boolean;
  /** Positions of claims being dragged right now; they become pins (one step) when the drag ends. */
  dragging: Readonly<Record<string, Position>> | null;
  /** Why the last edit was refused, shown until the next one. */
  refusal: StatusMessage | null;
  /** The map as it is in its file; the work is unsaved while `map` is another object. */
  savedMap: ArgumentMap | null;
  /** The version tag a save must replace (If-Match); null for a map not in maps/. */
  baseVersion: string | null;
  /** Set when unsaved changes were brought back from the browser's working copy. */
  restored: { savedAt: string; fileChanged: boolean } | null;
  /** Why the browser keeps no working copy, or null while it does. */
  workingCopyProblem: string | null;
  save: SaveState;
  /** Changes whenever another map (or file) is opened, so working-copy bookkeeping can tell opening from editing. */
  session: number;
}

export const EMPTY_EDIT_DATA: EditData = {
  history: null,
  held: {},
  selection: NO_SELECTION,
  editingLabel: null,
  namingNewClaim: null,
  typing: false,
  linkToOpen: false,
  dragging: null,
  refusal: null,
  savedMap: null,
  baseVersion: null,
  restored: null,
  workingCopyProblem: null,
  save: { kind: 'idle' },
  session: 0,
};

export type EditableState = MapData & EditData;

export function isDirty(state: Pick<EditData, 'savedMap'> & Pick<MapData, 'map'>): boolean {
  return state.map !== null && state.map !== state.savedMap;
}

export function canUndoEdit(state: EditData): boolean {
  return state.history !== null && canUndo(state.history);
}

export function canRedoEdit(state: EditData): boolean {
  return state.history !== null && canRedo(state.history);
}

/** A freshly opened map: its own history, nothing selected, saved as it is. */
export function withEditingReset<S extends EditableState>(state: S): S {
  if (state.map === state.history?.present && state.savedMap === state.map) return state;
  const origin = state.origin;
  return {
    ...state,
    history: state.map ? createHistory(state.map) : null,
    held: state.layout ? positionsOf(state.layout) : {},
    selection: NO_SELECTION,
    editingLabel: null,
    namingNewClaim: null,
    typing: false,
    linkToOpen: false,
    dragging: null,
    refusal: null,
    savedMap: state.map,
    baseVersion: origin?.kind === 'server' ? origin.version : null,
    restored: null,
    save: { kind: 'idle' },
    session: state.session + 1,
  };
}

/**
 * Where the unpinned claims are drawn. Pinned claims are left out so that the place a claim had before it
 * was dragged survives: undoing the drag (or unpinning) puts it back there.
 */
function unpinnedPositions(map: ArgumentMap, layout: MapLayout): Record<string, Position> {
  const out: Record<string, Position> = {};
  for (const claim of map.nodes) {
    const box = layout.claims[claim.id];
    if (box && !claim.position) out[claim.id] = { x: box.x, y: box.y };
  }
  return out;
}

function existing(selection: Selection, map: ArgumentMap): Selection {
  const claims = selection.claims.filter((id) => map.nodes.some((claim) => claim.id === id));
  const relations = selection.relations.filter((id) => map.edges.some((edge) => edge.id === id));
  return claims.length === selection.claims.length && relations.length === selection.relations.length ? selection : { claims, relations };
}

/** The selection, held places and drawn layout under the ids an edit (or its undo) gave the claims and links it renamed. */
function followRenames<S extends EditableState>(state: S, renamed: Renamed, selection: Selection | undefined): { state: S; selection: Selection | undefined } {
  if (renamed.claims.size === 0 && renamed.relations.size === 0) return { state, selection };
  const claim = (id: string) => renamed.claims.get(id) ?? id;
  const relation = (id: string) => renamed.relations.get(id) ?? id;
  const chosen = selection ?? state.selection;
  const held = { ...state.held };
  // The old ids' places stay too: undoing the rename finds the claim where it was.
  for (const [from, to] of renamed.claims) if (held[from]) held[to] = held[from];
  const layout = state.layout && {
    ...state.layout,
    claims: Object.fromEntries(Object.entries(state.layout.claims).map(([id, box]) => [claim(id), { ...box, id: claim(id) }])),
    relations: Object.fromEntries(Object.entries(state.layout.relations).map(([id, route]) => [relation(id), { ...route, id: relation(id) }])),
  };
  const editingLabel = state.editingLabel === null ? null : claim(state.editingLabel);
  return {
    state: { ...state, held, layout, editingLabel, namingNewClaim: state.namingNewClaim === null ? null : claim(state.namingNewClaim) },
    selection: { claims: chosen.claims.map(claim), relations: chosen.relations.map(relation) },
  };
}

/**
 * Shows `history.present`. A change of direction re-lays the whole map with dagre (and fits it to the
 * window) — a big map by a layout job, drawn meanwhile where it was; any other change keeps every claim
 * where it was drawn. While a job for this direction is pending, edits wait for its answer to be drawn.
 */
function showPresent<S extends EditableState>(before: S, history: History<ArgumentMap>, asked?: Selection): S {
  const map = history.present;
  const { state, selection } = before.map ? followRenames(before, renamedIds(before.map, map), asked) : { state: before, selection: asked };
  const direction = map.layout?.direction ?? 'TB';
  const shown = { ...state, map, history, selection: existing(selection ?? state.selection, map), dragging: null, refusal: null };
  const pending = state.layoutJob?.direction === direction;
  if (!pending && (direction !== state.direction || !state.layout)) {
    if (laysOutLater(state, map)) {
      const meanwhile = state.layout ? holdLayout(map, state.layout, state.held, direction) : null;
      return withLayoutRequest({ ...shown, direction, layout: meanwhile }, map, direction);
    }
    const layout = layoutMap(map, { direction });
    return { ...shown, direction, layout, held: positionsOf(layout), viewKey: state.viewKey + 1, layoutJob: null };
  }
  if (!state.layout) return shown;
  const layout = holdLayout(map, state.layout, state.held, direction);
  return { ...shown, layout, held: { ...state.held, ...unpinnedPositions(map, layout) } };
}

/** Records `next` as one step (nothing when it is the same map) and shows it. */
export function withEdit<S extends EditableState>(state: S, next: ArgumentMap, selection?: Selection): S {
  if (!state.history) return state;
  const history = record(state.history, next);
  if (history === state.history && !selection) return state.refusal ? { ...state, refusal: null } : state;
  return showPresent(state, history, selection);
}

export function withUndo<S extends EditableState>(state: S): S {
  if (!state.history || !canUndo(state.history)) return state;
  return showPresent({ ...state, editingLabel: null }, undo(state.history));
}

export function withRedo<S extends EditableState>(state: S): S {
  if (!state.history || !canRedo(state.history)) return state;
  return showPresent({ ...state, editingLabel: null }, redo(state.history));
}

/**
 * Typing in a field starts: every pause commits what is typed so far, and all of it, from the first key to
 * leaving the field, is one undo step.
 */
export function withTypingStarted<S extends EditableState>(state: S): S {
  if (!state.history || (state.typing && state.history.transactionBase !== null)) return state;
  return { ...state, typing: true, history: beginTransaction(state.history) };
}

/**
 * The field is left: `keep` makes what was typed one step, in which a
 * claim named while typing takes the id its new name makes; otherwise the map goes back to where typing began.
 */
export function withTypingEnded<S extends EditableState>(state: S, keep: boolean): S {
  if (!state.history) return { ...state, typing: false };
  if (keep) {
    const base = state.history.transactionBase;
    const followed = base ? withIdsFollowingLabels(base, state.history.present) : state.history.present;
    const named = followed === state.history.present ? state : showPresent(state, record(state.history, followed));
    return { ...named, history: commitTransaction(named.history ?? state.history) };
  }
  const back = cancelTransaction(state.history);
  const ended = { ...state, typing: false };
  return back.present === state.history.present ? { ...ended, history: back } : showPresent(ended, back);
}

export function withRefusal<S extends EditableState>(state: S, reason: string): S {
  return { ...state, refusal: { id: (state.refusal?.id ?? 0) + 1, text: reason } };
}

/** "Auto layout": dagre lays out every claim that is not pinned (a big map by a layout job); the held places are forgotten. */
export function withAutoLayout<S extends EditableState>(state: S): S {
  if (!state.map) return state;
  if (laysOutLater(state, state.map)) return withLayoutRequest({ ...state, dragging: null }, state.map, state.direction);
  const layout = layoutMap(state.map, { direction: state.direction });
  return { ...state, layout, held: positionsOf(layout), viewKey: state.viewKey + 1, dragging: null, layoutJob: null };
}
