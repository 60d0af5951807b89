// "Open map…": picks a map file from disk and shows it, or shows its problems and keeps the current map.
import { pickFile, readFileText } from '../adapters/openFile.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';

export function OpenMapButton() {
  const store = useMapStoreApi();
  const open = async () => {
    const file = await pickFile();
    if (!file) return;
    const read = await readFileText(file);
    if (read.ok) store.getState().openText(read.text, { kind: 'file', fileName: read.fileName });
    else store.getState().showLoadProblems(`${read.fileName} could not be opened`, [{ path: [], message: read.message }]);
  };
  return (
    <button type="button" className="button" onClick={() => void open()}>
      Open map…
    </button>
  );
}
