// A file dropped on the canvas opens as "Open map…" would open it; other drags (text, links) are left to the browser.
import { type DragEvent, useMemo } from 'react';
import { readFileText } from '../adapters/openFile.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

export function useFileDrop(): { onDragOver: (event: DragEvent) => void; onDrop: (event: DragEvent) => void } {
  const store = useMapStoreApi();
  return useMemo(
    () => ({
      onDragOver: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        // Without this the browser opens the dropped file itself, leaving the app.
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      },
      onDrop: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        const file = event.dataTransfer.files[0];
        if (!file) return;
        void readFileText(file).then((read) => {
          if (read.ok) return import('./openAnyFile.ts').then(({ openAnyFile }) => openAnyFile(store, read.fileName, read.text));
          store.getState().showLoadProblems(`${read.fileName} could not be opened`, [{ path: [], message: read.message }]);
        });
      },
    }),
    [store],
  );
}
