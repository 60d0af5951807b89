// The editing commands: add, link, duplicate, delete, status, auto layout, undo and redo, and saving.
import { useShallow } from 'zustand/react/shallow';
import { canRedoEdit, canUndoEdit } from '../state/editState.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { useAddClaimInView } from './useAddClaimInView.ts';
import { SaveControls } from './SaveControls.tsx';
import { StatusButtons } from './StatusButtons.tsx';
import './EditToolbar.css';

export function EditToolbar() {
  const s = useMapStore(
    useShallow((state) => ({
      hasMap: state.map !== null,
      claims: state.selection.claims.length,
      relations: state.selection.relations.length,
      canUndo: canUndoEdit(state),
      canRedo: canRedoEdit(state),
      duplicate: state.duplicateSelection,
      remove: state.deleteSelection,
      autoLayout: state.autoLayout,
      undo: state.undo,
      redo: state.redo,
      openLinkTo: state.openLinkTo,
    })),
  );
  const addClaim = useAddClaimInView();
  return (
    <div className="edit-toolbar">
      <div className="edit-toolbar__group" role="group" aria-label="Edit">
        <button type="button" className="button" onClick={addClaim} disabled={!s.hasMap} aria-keyshortcuts="N">
          Add node
        </button>
        <button type="button" className="button" onClick={s.openLinkTo} disabled={s.claims !== 1} aria-keyshortcuts="L">
          Link to…
        </button>
        <button type="button" className="button" onClick={s.duplicate} disabled={s.claims === 0} aria-keyshortcuts="Control+D">
          Duplicate
        </button>
        <button type="button" className="button" onClick={s.remove} disabled={s.claims + s.relations === 0} aria-keyshortcuts="Delete">
          Delete
        </button>
      </div>
      <StatusButtons />
      <div className="edit-toolbar__group" role="group" aria-label="History and layout">
        <button type="button" className="button" onClick={s.undo} disabled={!s.canUndo} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button type="button" className="button" onClick={s.redo} disabled={!s.canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y">
          Redo
        </button>
        <button type="button" className="button" onClick={s.autoLayout} disabled={!s.hasMap}>
          Auto layout
        </button>
      </div>
      <SaveControls />
    </div>
  );
}
