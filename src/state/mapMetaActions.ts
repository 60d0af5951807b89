// The store's edits of the map's own fields (title, summary, source): each one undoable step, or a refusal shown.
import type { EditResult } from '../model/edits/editResult.ts';
import { type MapSourcePatch, type MetaPatch, updateMapMeta, updateMapSource } from '../model/edits/mapMetaEdits.ts';
import type { ArgumentMap } from '../model/schema.ts';
import { type EditableState, withEdit, withRefusal } from './editState.ts';

export interface MapMetaActions {
  updateMapMeta(patch: MetaPatch): void;
  updateMapSource(patch: MapSourcePatch): void;
}

type Set<S> = (transition: (state: S) => S) => void;

export function createMapMetaActions<S extends EditableState>(set: Set<S>): MapMetaActions {
  const attempt = (edit: (map: ArgumentMap) => EditResult) =>
    set((state) => {
      if (!state.map) return state;
      const result = edit(state.map);
      return result.ok ? withEdit(state, result.map) : withRefusal(state, result.reason);
    });
  return {
    updateMapMeta: (patch) => attempt((map) => updateMapMeta(map, patch)),
    updateMapSource: (patch) => attempt((map) => updateMapSource(map, patch)),
  };
}
