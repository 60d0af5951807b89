// Runs the map's keyboard commands (the keys come from the shortcut table), yielding to fields, menus and dialogs.
import { useEffect } from 'react';
import type { ClaimKind, Status } from '../model/schema.ts';
import type { MapStoreState } from '../state/createMapStore.ts';
import type { Selection } from '../state/editState.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';
import { openMapDialog, setMapMenuOpen } from './maps/mapDialogState.ts';
import { commandFor } from './matchShortcut.ts';
import type { MapCommand } from './shortcuts.ts';
import { useAddClaimInView } from './useAddClaimInView.ts';
import { useSave } from './useSave.ts';

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

const isEmpty = (selection: Selection): boolean => selection.claims.length + selection.relations.length === 0;

/**
 * Whether the command applies now; a command that does not apply leaves the key to the browser. `before` is the
 * selection as the key found it: on a focused node or link React Flow handles Enter and Escape first, selecting
 * or unselecting it, and that same key must not also rename it (the next key typed would replace the whole
 * label) or leave focus mode.
 */
function applies(command: MapCommand, state: MapStoreState, target: EventTarget | null, before: Selection): boolean {
  const selected = state.selection.claims.length + state.selection.relations.length;
  switch (command) {
    case 'rename':
      return state.selection.claims.length === 1 && before.claims.includes(state.selection.claims[0] as string) && onMap(target);
    case 'link':
      return state.selection.claims.length === 1;
    case 'joint':
      return state.selection.relations.length > 0;
    case 'delete':
      return selected > 0;
    case 'deselect':
      // Escape steps back one level: first the selection, then focus mode.
      return selected > 0 || !isEmpty(before) || state.filter.focus !== null;
    default:
      return !(command.startsWith('mark:') || command.startsWith('kind:')) || state.selection.claims.length > 0;
  }
}

export function useKeyboardShortcuts(): void {
  const store = useMapStoreApi();
  const addClaim = useAddClaimInView();
  const commands = useSave();
  useEffect(() => {
    const run = (command: MapCommand, state: MapStoreState, before: Selection) => {
      if (command.startsWith('mark:')) return state.setStatusOfSelection(command.slice('mark:'.length) as Status);
      if (command.startsWith('kind:')) return state.setKindOfSelection(command.slice('kind:'.length) as ClaimKind);
      switch (command) {
        case 'mapMenu':
          return setMapMenuOpen(true);
        case 'newMap':
          return openMapDialog('new');
        case 'saveAs':
          return openMapDialog('saveAs');
        case 'save':
          if (state.origin?.kind === 'server') void commands.save();
          else commands.download();
          return;
        case 'add':
          return addClaim();
        case 'rename': {
          const [claim] = state.selection.claims;
          return claim === undefined ? undefined : state.startLabelEdit(claim);
        }
        case 'link':
          return state.openLinkTo();
        case 'joint':
          return state.toggleJointSelection();
        case 'delete':
          return state.deleteSelection();
        case 'deselect':
          // React Flow selects a focused node that Escape finds unselected; nothing stays selected either way.
          state.select({ claims: [], relations: [] });
          if (isEmpty(before)) store.getState().clearFocus();
          return;
        case 'duplicate':
          return state.duplicateSelection();
        case 'selectAll':
          return state.selectAll();
        case 'undo':
          return state.undo();
        case 'redo':
          return state.redo();
      }
    };
    let before: Selection = store.getState().selection;
    // Capture runs before React Flow's handlers on the node, so this is the selection as the key found it.
    const rememberSelection = () => {
      before = store.getState().selection;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const state = store.getState();
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandFor(event);
      if (!command) return;
      // A new map needs no map on screen (there may be none after a delete); everything else does.
      if (!state.map && command !== 'newMap' && command !== 'mapMenu') return;
      // Saving (and saving as) works from anywhere, even mid-sentence in a field; everything else yields to fields, menus and dialogs.
      if (command !== 'save' && command !== 'saveAs') {
        if (isTextEntry(event.target) || isInDialog(event.target) || state.editingLabel) return;
        if (!event.ctrlKey && !event.metaKey && isTyping(event.target)) return;
        if (!applies(command, state, event.target, before)) return;
      }
      event.preventDefault();
      run(command, state, before);
    };
    // React Flow blurs a node or link that Escape unselects (a node a frame later), and a keyboard user would start
    // again from the top of the page. This listener runs after React Flow's, so its frame callback comes after too.
    const keepFocusOnEscape = (event: KeyboardEvent) => {
      const target = event.target;
      if (event.key !== 'Escape' || !(target instanceof HTMLElement || target instanceof SVGElement)) return;
      if (target.matches('.react-flow__node, .react-flow__edge')) requestAnimationFrame(() => target.isConnected && target.focus());
    };
    window.addEventListener('keydown', rememberSelection, true);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keydown', keepFocusOnEscape);
    return () => {
      window.removeEventListener('keydown', rememberSelection, true);
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keydown', keepFocusOnEscape);
    };
  }, [store, addClaim, commands]);
}
