// Paste on the canvas (not into a field): Argdown, or an indented +/- list, opens as a new map beside the one on screen.
import { useEffect } from 'react';
import { isIndentedList, isPastedArgument, listToArgdown } from '../../interchange/argdown/pastedText.ts';
import { serializeMap } from '../../model/serializeMap.ts';
import type { MapStore } from '../../state/createMapStore.ts';
import { useMapStoreApi } from '../../state/useMapStore.ts';
import { openFileFromDisk } from '../useMapRoute.ts';

/** Fields, menus and dialogs take their own pastes. */
function pastesIntoField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, dialog') !== null);
}

/** The file name a pasted map is kept under in this browser: unique, so no paste replaces an earlier one. */
function pastedFileName(title: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const words = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'pasted';
  return `${words}-${stamp}.json`;
}

async function importPasted(store: MapStore, text: string): Promise<void> {
  // The parser loads only when something is pasted.
  const { readArgdown } = await import('../../interchange/argdown/readArgdown.ts');
  const argdown = isIndentedList(text) ? listToArgdown(text) : text;
  const result = await readArgdown(argdown, 'Pasted map');
  if (!result.ok) {
    store.getState().showLoadProblems('The pasted text could not be read as Argdown', result.problems);
    return;
  }
  const approximated = result.notes.length === 0 ? '' : ` ${result.notes.length} ${result.notes.length === 1 ? 'part was' : 'parts were'} approximated (see the Text panel).`;
  // A big map opens after a layout job; the status line says what happened once it is on screen.
  const session = store.getState().session;
  const unsubscribe = store.subscribe((state) => {
    if (state.session === session && !state.loadProblems) return;
    unsubscribe();
    if (state.session !== session) queueMicrotask(() => store.getState().announce(`Pasted as a new map, not saved anywhere yet: Save downloads it.${approximated}`));
  });
  openFileFromDisk(store, serializeMap(result.map), pastedFileName(result.map.meta.title));
}

export function usePasteImport(): void {
  const store = useMapStoreApi();
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || pastesIntoField(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!isPastedArgument(text)) return;
      event.preventDefault();
      void importPasted(store, text);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [store]);
}
