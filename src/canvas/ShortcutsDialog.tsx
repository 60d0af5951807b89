// The shortcuts panel, a modal dialog listing every shortcut; loaded the first time it opens, and kept after.
import { useEffect, useRef } from 'react';
import { ShortcutsList } from './ShortcutsList.tsx';
import './Dialogs.css';
import './ShortcutsHelp.css';

export function ShortcutsDialog({ open, close }: { open: boolean; close: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      closeButton.current?.focus();
    } else if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="dialog shortcuts-help" aria-labelledby="shortcuts-help-title" onClose={close}>
      <div className="dialog__form">
        <h2 id="shortcuts-help-title" className="dialog__title">
          Keyboard shortcuts
        </h2>
        <p className="shortcuts-help__note">On a Mac, use ⌘ where Ctrl is shown.</p>
        {/* Focusable, so the list scrolls from the keyboard too. */}
        <div className="shortcuts-help__groups" tabIndex={0} role="region" aria-labelledby="shortcuts-help-title">
          {open && <ShortcutsList />}
        </div>
        <div className="dialog__buttons">
          <button ref={closeButton} type="button" className="button button--primary" onClick={close}>
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}
