// The store's keyboard-first edits: a kind for the selected claims (keys 1–4), and "Link to…" a claim made on the spot.
import { sizeClaim } from '../layout/sizeClaim.ts';
import { linkToNewClaim, setKind } from '../model/edits/keyboardEdits.ts';
import type { ClaimKind, RelationKind } from '../model/schema.ts';
import { type EditableState, withEdit, withRefusal } from './editState.ts';
import { besideSpot } from './holdLayout.ts';
import { withStatus } from './mapState.ts';

export interface KeyboardEditActions {
  setKindOfSelection(kind: ClaimKind): void;
  /** Makes a claim named `label`, links `source` to it and selects the new claim, as one undoable step. */
  linkToNewClaim(source: string, label: string, relation: RelationKind): void;
}

type Set<S> = (transition: (state: S) => S) => void;

export function createKeyboardEditActions<S extends EditableState>(set: Set<S>): KeyboardEditActions {
  return {
    setKindOfSelection: (kind) => set((state) => (state.map ? withEdit(state, setKind(state.map, state.selection.claims, kind)) : state)),
    linkToNewClaim: (source, label, relation) =>
      set((state) => {
        if (!state.map) return state;
        const result = linkToNewClaim(state.map, source, label, relation);
        if (!result.ok) return withRefusal(state, result.reason);
        // The new claim is held beside the one it is linked from, as a node added beside a selected one is.
        const context = state.layout?.claims[source];
        const spot = context ? besideSpot(context, sizeClaim({ label: label.trim() }), Object.values(state.layout?.claims ?? {}), state.direction) : undefined;
        const held = spot ? { ...state.held, [result.id]: spot } : state.held;
        const done = withEdit({ ...state, held }, result.map, { claims: [result.id], relations: [] });
        const from = state.map.nodes.find((claim) => claim.id === source)?.label ?? source;
        return withStatus(done, `Added “${label.trim()}” and linked: “${from}” ${relation} “${label.trim()}”`);
      }),
  };
}
