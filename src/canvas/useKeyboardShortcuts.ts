// The editing shortcuts: undo/redo, save, delete, duplicate, select all, Enter to rename, N to add, L to link, S/R/C/U for status.
import { useEffect } from 'react';
import { STATUSES, type Status } from '../model/schema';
import { useMapStoreApi } from '../state/useMapStore';
import { STATUS_KEYS } from './StatusButtons';
import { useAddClaimInView } from './useAddClaimInView';
import { useSave } from './useSave';

/** Text fields have their own undo and select-all, so Ctrl+Z and Ctrl+A belong to them there. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  if (target.tagName !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}

/** Plain keys typed into a field or a menu (which jumps to options by letter) belong to it, not to the map. */
function isTyping(target: EventTarget | null): boolean {
  return isTextEntry(target) || (target instanceof HTMLElement && target.tagName === 'SELECT');
}

/** Plain keys only act on the map, not while a button, a menu or a dialog has the focus for its own keys. */
function isInDialog(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('dialog, [role="menu"], [role="listbox"]') !== null;
}

/** Enter also presses buttons, so it renames only when the focus is on the map (or nowhere in particular). */
function onMap(target: EventTarget | null): boolean {
  return target === document.body || (target instanceof HTMLElement && target.closest('.react-flow') !== null);
}

const STATUS_BY_KEY = new Map<string, Status>(STATUSES.map((status) => [STATUS_KEYS[status], status]));

export function useKeyboardShortcuts(): void {
  const store = useMapStoreApi();
  const addClaim = useAddClaimInView();
  const commands = useSave();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const state = store.getState();
      if (!state.map || event.defaultPrevented || event.isComposing) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const typing = isTyping(event.target);
      if (mod && key === 's') {
        event.preventDefault();
        if (state.origin?.kind === 'server') void commands.save();
        else commands.download();
        return;
      }
      if (isTextEntry(event.target) || isInDialog(event.target) || state.editingLabel) return;
      if (mod && !event.altKey) {
        if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) state.redo();
        else if (key === 'z') state.undo();
        else if (key === 'a') state.selectAll();
        else if (key === 'd') state.duplicateSelection();
        else return;
        event.preventDefault();
        return;
      }
      if (event.altKey || typing) return;
      const single = state.selection.claims.length === 1 ? state.selection.claims[0] : undefined;
      if (event.key === 'Delete' || event.key === 'Backspace') {
        if (state.selection.claims.length + state.selection.relations.length === 0) return;
        state.deleteSelection();
      } else if (event.key === 'Enter' && single && onMap(event.target)) {
        state.startLabelEdit(single);
      } else if (event.key === 'Escape' && (state.selection.claims.length > 0 || state.selection.relations.length > 0)) {
        state.select({ claims: [], relations: [] });
      } else if (key === 'n' && !event.shiftKey) {
        addClaim();
      } else if (key === 'l' && single) {
        state.openLinkTo();
      } else if (STATUS_BY_KEY.has(key) && !event.shiftKey && state.selection.claims.length > 0) {
        state.setStatusOfSelection(STATUS_BY_KEY.get(key) as Status);
      } else {
        return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, addClaim, commands]);
}
