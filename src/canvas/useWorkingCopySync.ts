// Keeps the browser's working copy in step with the store, and brings unsaved edits back when their map is opened again.
import { useEffect, useRef } from 'react';
import { browserWorkingCopies, browserWorkingCopyWriter, onWorkingCopyOutcome } from '../adapters/workingCopy.ts';
import { isDirty } from '../state/editState.ts';
import type { MapStore } from '../state/createMapStore.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';
import { workingCopyKey } from '../state/workingCopyKey.ts';
import { flushTypedDrafts } from './typedDrafts.ts';

async function offerRestore(store: MapStore, session: number, key: string): Promise<void> {
  const read = await browserWorkingCopies().read(key);
  const state = store.getState();
  if (!read.ok) {
    state.setWorkingCopyProblem(read.message);
    return;
  }
  if (state.session !== session || !read.copy) return;
  if (JSON.stringify(read.copy.map) === JSON.stringify(state.savedMap)) {
    browserWorkingCopyWriter(key).write(null);
    return;
  }
  state.restoreWorkingCopy(read.copy);
}

/**
 * Leaving the page (reload, closing the tab) does not wait for typing to pause, nor for IndexedDB: what a field
 * holds goes into the map, and the unsaved map is kept at once. Switching away hands the typing over too. A text
 * the map refuses (a half-typed date) cannot be kept, so the browser asks before the page goes.
 */
function useTypingKeptOnLeave(store: MapStore): void {
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flushTypedDrafts();
    };
    const onLeave = () => {
      flushTypedDrafts();
      const state = store.getState();
      if (!state.origin || !state.map || !isDirty(state)) return;
      browserWorkingCopies().keepOnLeave(workingCopyKey(state.origin), { map: state.map, baseVersion: state.baseVersion, savedAt: new Date().toISOString() });
    };
    const beforeUnload = (event: BeforeUnloadEvent) => {
      flushTypedDrafts();
      if (store.getState().typing) event.preventDefault();
    };
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [store]);
}

export function useWorkingCopySync(): void {
  const store = useMapStoreApi();
  useTypingKeptOnLeave(store);
  /** The editing session whose working copy was looked for (once per opened map). */
  const offered = useRef<number | null>(null);
  useEffect(() => {
    const offer = (session: number, key: string) => {
      if (offered.current === session) return;
      offered.current = session;
      void offerRestore(store, session, key);
    };
    onWorkingCopyOutcome((outcome) => store.getState().setWorkingCopyProblem(outcome.ok ? null : outcome.message));
    // The entry may open the map before the first render: that session is offered its working copy here.
    const opened = store.getState();
    if (opened.origin && opened.map) offer(opened.session, workingCopyKey(opened.origin));
    return store.subscribe((state, previous) => {
      if (!state.origin || !state.map) return;
      const key = workingCopyKey(state.origin);
      if (state.session !== previous.session) {
        offer(state.session, key);
        return;
      }
      if (state.map === previous.map && state.savedMap === previous.savedMap && state.baseVersion === previous.baseVersion) return;
      const writer = browserWorkingCopyWriter(key);
      writer.write(isDirty(state) ? { map: state.map, baseVersion: state.baseVersion, savedAt: new Date().toISOString() } : null);
    });
  }, [store]);
}
