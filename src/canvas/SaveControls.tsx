// The dirty indicator and Save (maps/ through the API), or Download and Open file where the map did not come from the server.
import { useShallow } from 'zustand/react/shallow';
import { isDirty } from '../state/editState.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { useOpenFile } from './useOpenFile.ts';
import { useSave } from './useSave.ts';

/**
 * Where a map has no file on the server (a plain web host, or a file opened from disk), edits are kept in this
 * browser's working copy and leave it only as a download: the words say so, and never "saved".
 */
function downloadState(dirty: boolean, downloaded: boolean): string {
  if (dirty) return '● Not downloaded: edits stay in this browser';
  return downloaded ? 'Downloaded' : 'Edits stay in this browser until you download';
}

export function SaveControls() {
  const { hasMap, dirty, fromServer, saving, downloaded } = useMapStore(
    useShallow((s) => ({
      hasMap: s.map !== null,
      dirty: isDirty(s) || s.typing,
      fromServer: s.origin?.kind === 'server',
      saving: s.save.kind === 'saving',
      downloaded: s.save.kind === 'downloaded',
    })),
  );
  const commands = useSave();
  const openFile = useOpenFile();
  if (!hasMap) return null;
  return (
    <div className="save-controls" role="group" aria-label="Saving">
      <span className={dirty ? 'save-controls__state save-controls__state--dirty' : 'save-controls__state'} role="status" data-dirty={dirty}>
        {!fromServer ? downloadState(dirty, downloaded) : saving ? 'Saving…' : dirty ? '● Unsaved changes' : 'All changes saved'}
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
