// "Open map…" and "Open file…": pick a file from disk (a Causeway map, AIF or Argdown) and show it, or show its problems and keep the current map.
import { useCallback } from 'react';
import { pickFile, readFileText } from '../adapters/openFile.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';

/** What the file picker offers: Causeway maps and AIF (.json), Argdown. */
const OPENABLE_FILES = '.json,.argdown,application/json';

export function useOpenFile(): () => Promise<void> {
  const store = useMapStoreApi();
  return useCallback(async () => {
    const file = await pickFile(OPENABLE_FILES);
    if (!file) return;
    const read = await readFileText(file);
    // Telling the formats apart, and importing, loads only when a file is opened.
    if (read.ok) await import('./openAnyFile.ts').then(({ openAnyFile }) => openAnyFile(store, read.fileName, read.text));
    else store.getState().showLoadProblems(`${read.fileName} could not be opened`, [{ path: [], message: read.message }]);
  }, [store]);
}
