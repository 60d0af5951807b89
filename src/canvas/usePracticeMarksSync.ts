// Keeps the practice marks of the open map in the browser: restored when a round starts, written on every mark.
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { browserPracticeMarks } from '../adapters/practiceMarks.ts';
import type { MapOrigin } from '../state/mapState.ts';
import { useMapStore, useMapStoreApi } from '../state/useMapStore.ts';

/** One key per map, like the working copy's, under a prefix of its own. */
function practiceKey(origin: MapOrigin | null): string | null {
  if (!origin) return null;
  return origin.kind === 'server' ? `map:${origin.name}` : `file:${origin.fileName}`;
}

export function usePracticeMarksSync(): void {
  const store = useMapStoreApi();
  const { key, marks } = useMapStore(
    useShallow((s) => ({ key: practiceKey(s.origin), marks: s.evaluationMode.kind === 'practice' ? s.evaluationMode.marks : null })),
  );
  const active = marks !== null;
  /** The key whose stored marks have been read; writing before that would overwrite them. */
  const loaded = useRef<string | null>(null);

  useEffect(() => {
    if (!active || !key) return;
    let live = true;
    void browserPracticeMarks()
      .read(key)
      .then((stored) => {
        if (!live) return;
        store.getState().restorePracticeMarks(stored);
        loaded.current = key;
      });
    return () => {
      live = false;
      loaded.current = null;
    };
  }, [active, key, store]);

  useEffect(() => {
    if (marks && key && loaded.current === key) void browserPracticeMarks().write(key, marks);
  }, [marks, key]);
}
