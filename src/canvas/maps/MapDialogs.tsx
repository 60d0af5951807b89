// The Map menu's dialogs: a title first, then the file name it suggests (New, Save as, Duplicate, Rename), and Delete's confirmation.
import { type FormEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { listMaps, type MapSummary } from '../../adapters/mapsClient.ts';
import { slugify } from '../../model/edits/uniqueId.ts';
import { neutraliseBidi } from '../../model/neutraliseBidi.ts';
import type { MapStoreState } from '../../state/createMapStore.ts';
import { useMapStoreApi } from '../../state/useMapStore.ts';
import { closeMapDialog, type MapDialogKind, showMapDetails, useMapDialog } from './mapDialogState.ts';
import { deleteToTrash, duplicate, newMap, type Refusal, rename, saveAs } from './mapCommands.ts';
import '../Dialogs.css';

const HEADINGS: Record<MapDialogKind, string> = {
  new: 'New map',
  saveAs: 'Save map as…',
  duplicate: 'Duplicate map',
  rename: 'Rename map',
  delete: 'Delete map',
};

const SUBMIT: Record<MapDialogKind, string> = {
  new: 'Create map',
  saveAs: 'Save as new map',
  duplicate: 'Duplicate',
  rename: 'Rename',
  delete: 'Move to trash',
};

/** The title and file name a dialog starts with, from the map on screen. */
function startingFields(kind: MapDialogKind, state: MapStoreState): { title: string; name: string } {
  const title = state.map?.meta.title ?? '';
  const name = state.origin?.kind === 'server' ? state.origin.name : '';
  switch (kind) {
    case 'new':
      return { title: '', name: '' };
    case 'duplicate':
      return { title: `${title} (copy)`, name: slugify(`${name || title}-copy`, 'map-copy') };
    case 'saveAs':
      return { title, name: slugify(`${name || title}-2`, 'map-2') };
    default:
      return { title, name };
  }
}

export function MapDialogs() {
  const kind = useMapDialog();
  const store = useMapStoreApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [name, setName] = useState('');
  /** Once the file name is typed in, the title no longer suggests it. */
  const [nameTyped, setNameTyped] = useState(false);
  const [template, setTemplate] = useState('');
  const [maps, setMaps] = useState<MapSummary[]>([]);
  const [problem, setProblem] = useState<Refusal>(null);
  const [busy, setBusy] = useState(false);

  const [shownKind, setShownKind] = useState<MapDialogKind | null>(null);
  if (kind !== shownKind) {
    setShownKind(kind);
    if (kind) {
      const start = startingFields(kind, store.getState());
      setTitle(start.title);
      setName(start.name);
      setNameTyped(kind === 'rename');
      setTemplate('');
      setProblem(null);
      setBusy(false);
    }
  }
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (kind && !element.open) element.showModal();
    else if (!kind && element.open) element.close();
  }, [kind]);
  useEffect(() => {
    if (kind !== 'new') return;
    let live = true;
    void listMaps().then((result) => live && setMaps(result.ok ? result.value.filter((entry) => entry.valid) : []));
    return () => {
      live = false;
    };
  }, [kind]);

  if (!kind) return null;
  const state = store.getState();
  const current = state.origin?.kind === 'server' ? `maps/${state.origin.name}.json` : (state.origin?.fileName ?? '');
  const changeTitle = (value: string) => {
    setTitle(value);
    if (!nameTyped) setName(slugify(value, ''));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const run = {
      new: () => newMap(store, title, name, template || null),
      saveAs: () => saveAs(store, title, name),
      duplicate: () => duplicate(store, title, name),
      rename: () => rename(store, title, name),
      delete: () => deleteToTrash(store),
    }[kind];
    const refusal = await run();
    setBusy(false);
    setProblem(refusal);
    if (refusal === null) {
      closeMapDialog();
      // A new map's next step is its own details: its summary and source.
      if (kind === 'new') showMapDetails(true, false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="map-dialog-title" onClose={closeMapDialog} onKeyDown={(event) => event.stopPropagation()}>
      <form className="dialog__form" onSubmit={(event) => void submit(event)}>
        <h2 id="map-dialog-title" className="dialog__title">
          {HEADINGS[kind]}
        </h2>
        {kind === 'delete' ? (
          <p>
            Move “{neutraliseBidi(state.map?.meta.title ?? '')}” ({current}) to the trash? It stays in maps/.trash until you restore it from
            “Choose map” → Trash. Unsaved changes to it are dropped.
          </p>
        ) : (
          <>
            <div className="field">
              <label htmlFor="map-dialog-title-field">Title</label>
              <input id="map-dialog-title-field" autoFocus required value={title} onChange={(event) => changeTitle(event.target.value)} />
            </div>
            {kind === 'new' && (
              <div className="field">
                <label htmlFor="map-dialog-template">Start from</label>
                <select id="map-dialog-template" value={template} onChange={(event) => setTemplate(event.target.value)}>
                  <option value="">A blank map</option>
                  {maps.map((entry) => (
                    <option key={entry.name} value={entry.name}>
                      {`A copy of “${neutraliseBidi(entry.title)}” (${entry.name}.json)`}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className="field">
              <label htmlFor="map-dialog-name">File name</label>
              <input
                id="map-dialog-name"
                value={name}
                aria-describedby="map-dialog-name-hint"
                spellCheck={false}
                onChange={(event) => {
                  setNameTyped(true);
                  setName(event.target.value);
                }}
              />
              <p id="map-dialog-name-hint" className="field__hint">
                Saved as maps/{name || '…'}.json{kind === 'rename' && current ? ` (now ${current})` : ''}
              </p>
            </div>
          </>
        )}
        {problem && (
          <p className="dialog__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog__buttons">
          <button type="button" className="button" onClick={closeMapDialog}>
            Cancel
          </button>
          <button type="submit" className={kind === 'delete' ? 'button button--danger' : 'button button--primary'} disabled={busy}>
            {SUBMIT[kind]}
          </button>
        </div>
      </form>
    </dialog>
  );
}
