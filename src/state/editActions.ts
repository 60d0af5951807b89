// The store's editing actions: each runs one pure edit from model/edits and records it as one undoable step.
import { sizeClaim } from '../layout/sizeClaim.ts';
import type { Problem } from '../model/problems.ts';
import {
  addClaim,
  type ClaimPatch,
  deleteClaims,
  duplicateClaims,
  NEW_CLAIM_LABEL,
  setStatus,
  updateClaim,
} from '../model/edits/claimEdits.ts';
import type { EditResult } from '../model/edits/editResult.ts';
import { groupRelations, ungroupRelations } from '../model/edits/jointEdits.ts';
import { pinClaims, setDirection, unpinClaims } from '../model/edits/layoutEdits.ts';
import { addRelation, DEFAULT_RELATION, deleteRelations, reconnectRelation, type RelationPatch, updateRelation } from '../model/edits/relationEdits.ts';
import { addSource, removeSource, type SourcePatch, updateSource } from '../model/edits/sourceEdits.ts';
import type { ArgumentMap, Direction, Position, RelationKind, SourceRef, Status } from '../model/schema.ts';
import {
  type EditableState,
  NO_SELECTION,
  type Selection,
  withAutoLayout,
  withEdit,
  withRedo,
  withRefusal,
  withTypingEnded,
  withTypingStarted,
  withUndo,
} from './editState.ts';
import { besideSpot, groupOffset, nearestFreeSpot } from './holdLayout.ts';
import { type MapOrigin, withStatus } from './mapState.ts';

export interface RestorableCopy {
  map: ArgumentMap;
  baseVersion: string | null;
  savedAt: string;
}

export interface EditActions {
  select(selection: Selection): void;
  selectAll(): void;
  /** Adds a claim centred at `at` (map coordinates), or beside the first selected claim, and starts editing its label. */
  addClaim(options?: { at?: Position; label?: string }): void;
  startLabelEdit(id: string): void;
  cancelLabelEdit(): void;
  commitLabel(id: string, label: string): void;
  updateClaim(id: string, patch: ClaimPatch): void;
  /** A field holds typed text the map has not taken yet (true also opens the undo step typing makes), or no longer does. */
  setTyping(pending: boolean): void;
  /** Typing in a field ends: `keep` makes all of it one undo step, otherwise the map goes back to before it. */
  endTyping(keep: boolean): void;
  addSource(id: string, source: SourceRef): void;
  updateSource(id: string, index: number, patch: SourcePatch): void;
  removeSource(id: string, index: number): void;
  deleteSelection(): void;
  deleteClaims(ids: readonly string[]): void;
  deleteRelations(ids: readonly string[]): void;
  duplicateSelection(): void;
  setStatusOfSelection(status: Status): void;
  connect(source: string, target: string, relation?: RelationKind): void;
  /** Opens the "Link to…" dialog when exactly one claim is selected. */
  openLinkTo(): void;
  closeLinkTo(): void;
  updateRelation(id: string, patch: RelationPatch): void;
  /** Makes the selected links one joint group (they hold only together); refused, with the reason, unless they can be. */
  groupSelectedRelations(): void;
  /** Takes the selected links out of their joint groups. */
  ungroupSelectedRelations(): void;
  /** Ungroups the selected links when every one is in a joint group, else groups them: the one key for both. */
  toggleJointSelection(): void;
  reconnect(id: string, ends: { source?: string; target?: string }): void;
  dragTo(positions: Readonly<Record<string, Position>>): void;
  endDrag(positions: Readonly<Record<string, Position>>): void;
  unpin(ids: readonly string[]): void;
  autoLayout(): void;
  setMapDirection(direction: Direction): void;
  undo(): void;
  redo(): void;
  refuse(reason: string): void;
  dismissRefusal(): void;
  restoreWorkingCopy(copy: RestorableCopy): void;
  keepRestored(): void;
  discardRestored(): void;
  setWorkingCopyProblem(message: string | null): void;
  startSave(): void;
  /** The file now holds `map` at `version`; `origin` is given when the map was saved under another name. */
  markSaved(map: ArgumentMap, version: string | null, origin?: MapOrigin): void;
  /** The map, as it is now, went to the browser's downloads: nothing is unsaved, but nothing was saved either. */
  markDownloaded(map: ArgumentMap): void;
  showSaveConflict(currentVersion: string | null, message: string): void;
  showSaveFailure(message: string, problems?: Problem[]): void;
  dismissSaveProblem(): void;
}

/** What an edit changes besides the map: where a new claim is held, what becomes selected, whose label opens for typing. */
interface AfterEdit {
  held?: EditableState['held'];
  selection?: Selection;
  editingLabel?: string | null;
  /** Set with `editingLabel` when the edit added that claim. */
  namingNewClaim?: boolean;
  /** Words for the status line (and screen readers) about what the edit did. */
  said?: string;
}

type Set<S> = (transition: (state: S) => S) => void;
type Get<S> = () => S;

function firstClaim(state: EditableState): string | undefined {
  return state.selection.claims[0];
}

/** The open label is a new claim's first name, and the last edit is still the one that added it. */
function isUntouchedNewClaim(state: EditableState): boolean {
  const id = state.editingLabel;
  const before = state.history?.past.at(-1);
  if (id === null || id !== state.namingNewClaim || !before || !state.map?.nodes.some((claim) => claim.id === id)) return false;
  return !before.nodes.some((claim) => claim.id === id);
}

/** `after`, with `words` in the status line if it is another state than `before`. */
function announced<S extends EditableState>(before: S, after: S, words: string): S {
  return after === before ? after : withStatus(after, words);
}

const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "2 nodes and 3 links", "1 link" */
function deletedWords(claims: number, relations: number): string {
  const parts = [claims > 0 ? counted(claims, 'node', 'nodes') : '', relations > 0 ? counted(relations, 'link', 'links') : ''];
  return parts.filter(Boolean).join(' and ');
}

/** "Linked: “Blockade” causes “Airlift”" */
function linkedWords(map: ArgumentMap | null, source: string, target: string, relation: RelationKind): string {
  const label = (id: string) => map?.nodes.find((claim) => claim.id === id)?.label ?? id;
  return `Linked: “${label(source)}” ${relation} “${label(target)}”`;
}

/** Where copies of the selection go relative to it: beside it, in its arrangement, on top of nothing. */
function copyOffset(state: EditableState): Position {
  const boxes = state.layout?.claims ?? {};
  const group = state.selection.claims.flatMap((id) => boxes[id] ?? []);
  return groupOffset(group, Object.values(boxes), state.direction);
}

export function createEditActions<S extends EditableState>(set: Set<S>, get: Get<S>): EditActions {
  const apply = (transition: (state: S) => S) => set(transition);
  /** Runs an edit that may be refused: a refusal is shown, a success becomes one step. */
  const attempt = <E extends object>(
    edit: (map: ArgumentMap) => EditResult<E>,
    then?: (state: S, result: Extract<EditResult<E>, { ok: true }>) => AfterEdit,
  ) =>
    apply((state) => {
      if (!state.map) return state;
      const result = edit(state.map);
      if (!result.ok) return withRefusal(state, result.reason);
      const after = then ? then(state, result as Extract<EditResult<E>, { ok: true }>) : {};
      const done = withEdit({ ...state, held: after.held ?? state.held }, result.map, after.selection);
      const edited = after.said ? withStatus(done, after.said) : done;
      if (after.editingLabel === undefined) return edited;
      return { ...edited, editingLabel: after.editingLabel, namingNewClaim: after.namingNewClaim ? after.editingLabel : null };
    });
  const groupSelected = () =>
    attempt(
      (map) => groupRelations(map, get().selection.relations),
      (state) => ({ said: `Grouped ${state.selection.relations.length} links: they now hold only together (Ctrl+Z undoes it)` }),
    );
  const ungroupSelected = () =>
    attempt(
      (map) => ungroupRelations(map, get().selection.relations),
      (state) => ({ said: `Ungrouped ${state.selection.relations.length === 1 ? 'the link' : `${state.selection.relations.length} links`}: each holds on its own` }),
    );
  const plain = (edit: (map: ArgumentMap) => ArgumentMap, selection?: (state: S) => Selection) =>
    apply((state) => (state.map ? withEdit(state, edit(state.map), selection?.(state)) : state));

  return {
    select: (selection) => apply((state) => ({ ...state, selection })),
    selectAll: () =>
      apply((state) =>
        state.map ? { ...state, selection: { claims: state.map.nodes.map((c) => c.id), relations: state.map.edges.map((e) => e.id) } } : state,
      ),
    addClaim: (options = {}) =>
      attempt(
        (map) => addClaim(map, { label: options.label ?? NEW_CLAIM_LABEL }),
        (state, result) => {
          const size = sizeClaim({ label: options.label ?? NEW_CLAIM_LABEL });
          const beside = firstClaim(state);
          const context = beside ? state.layout?.claims[beside] : undefined;
          const taken = Object.values(state.layout?.claims ?? {});
          const spot = options.at
            ? nearestFreeSpot({ x: options.at.x - size.width / 2, y: options.at.y - size.height / 2 }, size, taken)
            : context
              ? besideSpot(context, size, taken, state.direction)
              : undefined;
          return {
            held: spot ? { ...state.held, [result.id]: spot } : state.held,
            selection: { claims: [result.id], relations: [] },
            editingLabel: result.id,
            namingNewClaim: true,
          };
        },
      ),
    startLabelEdit: (id) =>
      apply((state) =>
        state.map?.nodes.some((c) => c.id === id) ? { ...state, editingLabel: id, namingNewClaim: null, selection: { claims: [id], relations: [] } } : state,
      ),
    cancelLabelEdit: () => apply((state) => (isUntouchedNewClaim(state) ? withUndo(state) : { ...state, editingLabel: null, namingNewClaim: null })),
    commitLabel: (id, label) =>
      apply((state) => {
        if (!state.map) return state;
        // Ending the typing may have given the claim the id its name makes; the open label followed it there.
        const named = state.map.nodes.some((claim) => claim.id === id) ? id : (state.editingLabel ?? id);
        const result = updateClaim(state.map, named, { label });
        if (!result.ok) return withRefusal(state, result.reason);
        return withEdit({ ...state, editingLabel: null, namingNewClaim: null }, result.map);
      }),
    // While typing, the claim keeps its id under the open field; it follows the label when the typing ends.
    updateClaim: (id, patch) => attempt((map) => updateClaim(map, id, patch, { idFollowsLabel: !get().history?.transactionBase })),
    setTyping: (pending) =>
      apply((state) => (pending ? withTypingStarted(state) : state.typing ? { ...state, typing: false } : state)),
    endTyping: (keep) => apply((state) => withTypingEnded(state, keep)),
    addSource: (id, source) => attempt((map) => addSource(map, id, source)),
    updateSource: (id, index, patch) => attempt((map) => updateSource(map, id, index, patch)),
    removeSource: (id, index) => attempt((map) => removeSource(map, id, index)),
    deleteSelection: () =>
      apply((state) => {
        if (!state.map) return state;
        const after = deleteRelations(deleteClaims(state.map, state.selection.claims), state.selection.relations);
        if (after === state.map) return state;
        // A deletion takes things off the screen, links with their nodes: say what went, and how to get it back.
        const words = deletedWords(state.map.nodes.length - after.nodes.length, state.map.edges.length - after.edges.length);
        return withStatus(withEdit(state, after, NO_SELECTION), `Deleted ${words} (Ctrl+Z brings it back)`);
      }),
    deleteClaims: (ids) => plain((map) => deleteClaims(map, ids)),
    deleteRelations: (ids) => plain((map) => deleteRelations(map, ids)),
    duplicateSelection: () => {
      const offset = copyOffset(get());
      attempt(
        (map) => {
          const state = get();
          const positions: Record<string, Position> = {};
          for (const id of state.selection.claims) {
            const box = state.layout?.claims[id];
            if (box) positions[id] = { x: box.x, y: box.y };
          }
          return duplicateClaims(map, state.selection.claims, { positions, offset });
        },
        (state, result) => {
          const held = { ...state.held };
          for (const [i, id] of result.ids.entries()) {
            const original = state.layout?.claims[state.selection.claims[i] ?? ''];
            if (original) held[id] = { x: original.x + offset.x, y: original.y + offset.y };
          }
          return { held, selection: { claims: result.ids, relations: [] } };
        },
      );
    },
    setStatusOfSelection: (status) => plain((map) => setStatus(map, get().selection.claims, status)),
    connect: (source, target, relation) =>
      attempt(
        (map) => addRelation(map, { source, target, ...(relation ? { relation } : {}) }),
        (state, result) => ({ selection: { claims: [], relations: [result.id] }, said: linkedWords(state.map, source, target, relation ?? DEFAULT_RELATION) }),
      ),
    openLinkTo: () => apply((state) => (state.selection.claims.length === 1 ? { ...state, linkToOpen: true, editingLabel: null } : state)),
    closeLinkTo: () => apply((state) => ({ ...state, linkToOpen: false })),
    updateRelation: (id, patch) => attempt((map) => updateRelation(map, id, patch)),
    groupSelectedRelations: () => groupSelected(),
    ungroupSelectedRelations: () => ungroupSelected(),
    toggleJointSelection: () => {
      const { map, selection } = get();
      const chosen = new Set(selection.relations);
      const links = map?.edges.filter((edge) => chosen.has(edge.id)) ?? [];
      if (links.length > 0 && links.every((edge) => edge.joint)) ungroupSelected();
      else groupSelected();
    },
    reconnect: (id, ends) => attempt((map) => reconnectRelation(map, id, ends)),
    dragTo: (positions) => apply((state) => ({ ...state, dragging: { ...state.dragging, ...positions } })),
    endDrag: (positions) =>
      apply((state) => {
        const moved = { ...state.dragging, ...positions };
        const cleared = { ...state, dragging: null };
        return state.map ? withEdit(cleared, pinClaims(state.map, moved)) : cleared;
      }),
    unpin: (ids) => plain((map) => unpinClaims(map, ids)),
    autoLayout: () => apply((state) => withAutoLayout(state)),
    setMapDirection: (direction) => plain((map) => setDirection(map, direction)),
    // Said in the status line too, so a message about the step undone ("Deleted 1 node…") does not stay behind.
    undo: () => apply((state) => announced(state, withUndo(state), 'Undone')),
    redo: () => apply((state) => announced(state, withRedo(state), 'Redone')),
    refuse: (reason) => apply((state) => withRefusal(state, reason)),
    dismissRefusal: () => apply((state) => ({ ...state, refusal: null })),
    restoreWorkingCopy: (copy) =>
      apply((state) => {
        if (!state.map || !state.history || state.history.past.length > 0) return state;
        const fileVersion = state.baseVersion;
        const restored = withAutoLayout(withEdit(state, copy.map));
        return {
          ...restored,
          baseVersion: copy.baseVersion ?? fileVersion,
          restored: { savedAt: copy.savedAt, fileChanged: copy.baseVersion !== null && copy.baseVersion !== fileVersion },
        };
      }),
    keepRestored: () => apply((state) => ({ ...state, restored: null })),
    discardRestored: () =>
      apply((state) => {
        if (!state.savedMap) return { ...state, restored: null };
        const origin = state.origin;
        const back = withAutoLayout(withEdit(state, state.savedMap));
        return { ...back, restored: null, baseVersion: origin?.kind === 'server' ? origin.version : null };
      }),
    setWorkingCopyProblem: (message) => apply((state) => (state.workingCopyProblem === message ? state : { ...state, workingCopyProblem: message })),
    startSave: () => apply((state) => ({ ...state, save: { kind: 'saving' } })),
    markSaved: (map, version, origin) =>
      apply((state) => {
        const nextOrigin = origin ?? (state.origin?.kind === 'server' && version ? { ...state.origin, version } : state.origin);
        return { ...state, savedMap: map, baseVersion: version, origin: nextOrigin, save: { kind: 'idle' }, restored: null };
      }),
    markDownloaded: (map) => apply((state) => ({ ...state, savedMap: map, baseVersion: null, save: { kind: 'downloaded' }, restored: null })),
    showSaveConflict: (currentVersion, message) => apply((state) => ({ ...state, save: { kind: 'conflict', currentVersion, message } })),
    showSaveFailure: (message, problems = []) => apply((state) => ({ ...state, save: { kind: 'failed', message, problems } })),
    dismissSaveProblem: () => apply((state) => ({ ...state, save: { kind: 'idle' } })),
  };
}
