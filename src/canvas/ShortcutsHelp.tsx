// The "Keyboard shortcuts" button and panel (also opened with "?"), listing every shortcut from the one table in shortcuts.ts.
import { Suspense, useEffect, useRef, useState } from 'react';
import { HELP_KEY } from './shortcuts.ts';
import { lazyFetchedAhead } from './lazyFetchedAhead.ts';
import './Dialogs.css';
import './ShortcutsHelp.css';

/** The list stays out of the first download. */
const { Component: ShortcutsList, useFetchAhead } = lazyFetchedAhead(() => import('./ShortcutsList.tsx').then((m) => m.ShortcutsList));

/** "?" typed into a field is text, and open dialogs or menus keep their own keys. */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, dialog, [role="menu"], [role="listbox"]') !== null;
}

export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
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

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      closeButton.current?.focus();
    } else if (!open && element.open) element.close();
  }, [open]);

  return (
    <>
      <button type="button" className="button" aria-keyshortcuts={HELP_KEY} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Keyboard shortcuts
      </button>
      <dialog ref={dialog} className="dialog shortcuts-help" aria-labelledby="shortcuts-help-title" onClose={() => setOpen(false)}>
        <div className="dialog__form">
          <h2 id="shortcuts-help-title" className="dialog__title">
            Keyboard shortcuts
          </h2>
          <p className="shortcuts-help__note">On a Mac, use ⌘ where Ctrl is shown.</p>
          {/* Focusable, so the list scrolls from the keyboard too. */}
          <div className="shortcuts-help__groups" tabIndex={0} role="region" aria-labelledby="shortcuts-help-title">
            {open && (
              <Suspense fallback={null}>
                <ShortcutsList />
              </Suspense>
            )}
          </div>
          <div className="dialog__buttons">
            <button ref={closeButton} type="button" className="button button--primary" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
