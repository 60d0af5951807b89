// "Open map…" and "Open file…": pick a file from disk (a Causeway map, AIF or Argdown) and show it, or show its problems and keep the current map.
import { useCallback } from 'react';
import { pickFile, readFileText } from '../adapters/openFile.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';
import { OPENABLE_FILES, openAnyFile } from './openAnyFile.ts';

export function useOpenFile(): () => Promise<void> {
  const store = useMapStoreApi();
  return useCallback(async () => {
    const file = await pickFile(OPENABLE_FILES);
    if (!file) return;
    const read = await readFileText(file);
    if (read.ok) await openAnyFile(store, read.fileName, read.text);
    else store.getState().showLoadProblems(`${read.fileName} could not be opened`, [{ path: [], message: read.message }]);
  }, [store]);
}
