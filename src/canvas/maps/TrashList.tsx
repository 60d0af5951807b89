// The picker's Trash tab: maps deleted to maps/.trash, newest first, each restorable (under another name when its own is taken now).
import { type FormEvent, useEffect, useState } from 'react';
import { type Fetched, listTrash, restoreMapFile, type TrashedMap } from '../../adapters/mapsClient.ts';
import { neutraliseBidi } from '../../model/neutraliseBidi.ts';
import { formatChanged } from '../MapList.tsx';

/** A restore refused because the name is taken asks for another name in place. */
function RestoreAs({ entry, restore }: { entry: TrashedMap; restore: (as: string) => void }) {
  const [name, setName] = useState(`${entry.name}-restored`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    restore(name.trim());
  };
  return (
    <form className="map-picker__restore-as" onSubmit={submit}>
      <label htmlFor={`restore-as-${entry.id}`}>Restore as</label>
      <input id={`restore-as-${entry.id}`} value={name} autoFocus spellCheck={false} onChange={(event) => setName(event.target.value)} />
      <button type="submit" className="button button--small">
        Restore as maps/{name.trim() || '…'}.json
      </button>
    </form>
  );
}

export function TrashList({ open }: { open: (name: string) => void }) {
  const [trash, setTrash] = useState<Fetched<TrashedMap[]> | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});

  useEffect(() => {
    let live = true;
    void listTrash().then((result) => live && setTrash(result));
    return () => {
      live = false;
    };
  }, []);

  const restore = async (entry: TrashedMap, as?: string) => {
    const result = await restoreMapFile(entry.id, as);
    if (result.ok) open(result.value.name);
    else setProblems((was) => ({ ...was, [entry.id]: result.message }));
  };

  if (!trash) return <p className="map-picker__note">Loading the trash…</p>;
  if (!trash.ok) {
    return (
      <p className="map-picker__note" role="alert">
        The trash could not be listed: {trash.message}
      </p>
    );
  }
  if (trash.value.length === 0) return <p className="map-picker__note">The trash is empty.</p>;
  return (
    <ul className="map-picker__list" aria-label="Deleted maps">
      {trash.value.map((entry) => (
        <li key={entry.id} className="map-picker__trashed">
          <span className="map-picker__title">{neutraliseBidi(entry.title)}</span>
          <span className="map-picker__name">
            {entry.name}.json · deleted {formatChanged(entry.deletedAt)}
          </span>
          <button type="button" className="button button--small" aria-label={`Restore “${entry.title}” (${entry.name}.json)`} onClick={() => void restore(entry)}>
            Restore
          </button>
          {problems[entry.id] && (
            <>
              <p className="dialog__problem" role="alert">
                {problems[entry.id]}
              </p>
              <RestoreAs entry={entry} restore={(as) => void restore(entry, as)} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
