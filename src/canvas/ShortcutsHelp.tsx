// The "Keyboard shortcuts" button (also "?"), which opens the panel listing every shortcut from the one table in shortcuts.ts.
import { useEffect, useState } from 'react';
import { HELP_KEY } from './shortcuts.ts';
import { FetchedAheadBoundary } from './FetchedAheadBoundary.tsx';
import { lazyFetchedAhead } from './lazyFetchedAhead.ts';

/** The panel stays out of the first download. */
const { Component: ShortcutsDialog, useFetchAhead } = lazyFetchedAhead(() => import('./ShortcutsDialog.tsx').then((m) => m.ShortcutsDialog));

/** "?" typed into a field is text, and open dialogs or menus keep their own keys. */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, dialog, [role="menu"], [role="listbox"]') !== null;
}

export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  /** Mounted from the first opening on, so closing runs the dialog's own close (focus goes back where it was). */
  const [opened, setOpened] = useState(false);
  if (open && !opened) setOpened(true);
  useFetchAhead();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== HELP_KEY || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || ownsKeys(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button type="button" className="button" aria-keyshortcuts={HELP_KEY} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Keyboard shortcuts
      </button>
      {opened && (
        <FetchedAheadBoundary what="The list of shortcuts">
          <ShortcutsDialog open={open} close={() => setOpen(false)} />
        </FetchedAheadBoundary>
      )}
    </>
  );
}
