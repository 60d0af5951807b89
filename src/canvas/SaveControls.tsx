// The dirty indicator and Save (maps/ through the API), or Download and Open file where the map did not come from the server.
import { useShallow } from 'zustand/react/shallow';
import { pickFile, readFileText } from '../adapters/openFile.ts';
import { isDirty } from '../state/editState.ts';
import { useMapStore, useMapStoreApi } from '../state/useMapStore.ts';
import { useSave } from './useSave.ts';

export function SaveControls() {
  const store = useMapStoreApi();
  const { hasMap, dirty, fromServer, saving } = useMapStore(
    useShallow((s) => ({ hasMap: s.map !== null, dirty: isDirty(s), fromServer: s.origin?.kind === 'server', saving: s.save.kind === 'saving' })),
  );
  const commands = useSave();
  const openFile = async () => {
    const file = await pickFile();
    if (!file) return;
    const read = await readFileText(file);
    if (read.ok) store.getState().openText(read.text, { kind: 'file', fileName: read.fileName });
    else store.getState().showLoadProblems(`${read.fileName} could not be opened`, [{ path: [], message: read.message }]);
  };
  if (!hasMap) return null;
  return (
    <div className="save-controls" role="group" aria-label="Saving">
      <span className={dirty ? 'save-controls__state save-controls__state--dirty' : 'save-controls__state'} role="status" data-dirty={dirty}>
        {saving ? 'Saving…' : dirty ? '● Unsaved changes' : 'All changes saved'}
      </span>
      {fromServer ? (
        <button type="button" className="button" onClick={() => void commands.save()} disabled={!dirty || saving} aria-keyshortcuts="Control+S">
          Save
        </button>
      ) : (
        <>
          <button type="button" className="button" onClick={commands.download} aria-keyshortcuts="Control+S">
            Download map (.json)
          </button>
          <button type="button" className="button" onClick={() => void openFile()}>
            Open file…
          </button>
        </>
      )}
    </div>
  );
}
