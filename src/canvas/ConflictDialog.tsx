// Shown when a save finds the file changed on disk: overwrite it, reload theirs, or save this version as a new map.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { slugify } from '../model/edits/uniqueId.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { useSave } from './useSave.ts';
import './Dialogs.css';

export function ConflictDialog() {
  const { conflict, name, dismiss } = useMapStore(
    useShallow((s) => ({
      conflict: s.save.kind === 'conflict' ? s.save.message : null,
      name: s.origin?.kind === 'server' ? s.origin.name : '',
      dismiss: s.dismissSaveProblem,
    })),
  );
  const commands = useSave();
  const dialog = useRef<HTMLDialogElement>(null);
  const [asNew, setAsNew] = useState(false);
  const [newName, setNewName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const open = conflict !== null;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setAsNew(false);
      setNewName(slugify(`${name}-copy`, 'map-copy'));
      setProblem(null);
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open, name]);

  // People type a name ("Korean War, my version"); the file gets its slug, shown below the field as it is typed.
  const fileName = slugify(newName, '');
  const saveAs = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(await commands.saveAsNew(fileName));
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="conflict-title" onClose={() => open && dismiss()} onKeyDown={(event) => event.stopPropagation()}>
      <div className="dialog__form">
        <h2 id="conflict-title" className="dialog__title">
          maps/{name}.json changed on disk
        </h2>
        <p>
          The file was changed (or removed) by someone else since you opened it. Your edits are still here and in this browser’s working copy.
          What should happen?
        </p>
        {!asNew ? (
          <div className="dialog__choices">
            <button type="button" className="button" onClick={() => void commands.overwrite()}>
              Overwrite with my version
            </button>
            <button type="button" className="button" onClick={() => void commands.reloadTheirs()}>
              Reload theirs (drop my edits)
            </button>
            <button type="button" className="button" onClick={() => setAsNew(true)}>
              Save as a new map…
            </button>
            <button type="button" className="button" onClick={dismiss}>
              Cancel
            </button>
          </div>
        ) : (
          <form className="dialog__form" onSubmit={(event) => void saveAs(event)}>
            <div className="field">
              <label htmlFor="conflict-new-name">New map name</label>
              <input
                id="conflict-new-name"
                value={newName}
                autoFocus
                aria-describedby="conflict-new-name-hint"
                onFocus={(event) => event.currentTarget.select()}
                onChange={(event) => setNewName(event.target.value)}
              />
              <p id="conflict-new-name-hint" className="field__hint">
                Saved as maps/{fileName || '…'}.json
              </p>
              {problem && (
                <p className="dialog__problem" role="alert">
                  {problem}
                </p>
              )}
            </div>
            <div className="dialog__buttons">
              <button type="button" className="button" onClick={() => setAsNew(false)}>
                Back
              </button>
              <button type="submit" className="button button--primary">
                Save new map
              </button>
            </div>
          </form>
        )}
      </div>
    </dialog>
  );
}
