// "Open map…" and "Open file…": pick a map file from disk and show it, or show its problems and keep the current map.
import { useCallback } from 'react';
import { pickFile, readFileText } from '../adapters/openFile.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';
import { openFileFromDisk } from './useMapRoute.ts';

export function useOpenFile(): () => Promise<void> {
  const store = useMapStoreApi();
  return useCallback(async () => {
    const file = await pickFile();
    if (!file) return;
    const read = await readFileText(file);
    if (read.ok) openFileFromDisk(store, read.text, read.fileName);
    else store.getState().showLoadProblems(`${read.fileName} could not be opened`, [{ path: [], message: read.message }]);
  }, [store]);
}
