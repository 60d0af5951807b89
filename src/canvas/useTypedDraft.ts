// A field's typed text on its way to the map: it goes in at every pause in typing (so the working copy keeps it), and all of it is one undo step.
import { useEffect, useRef, useState } from 'react';
import { useMapStoreApi } from '../state/useMapStore.ts';
import { holdTypedDraft } from './typedDrafts.ts';

/** How long typing pauses before the map takes what is typed so far. */
export const TYPING_PAUSE_MS = 300;

export interface TypedDraft {
  draft: string;
  change(text: string): void;
  /** Enter or leaving the field: the map takes the text, or refuses it (the refusal says why; the text stays in the field to be corrected); the undo step closes. Says whether it took it. */
  keep(): boolean;
  /** Escape: the field and the map go back to what they held before typing began. */
  restore(): void;
}

export function useTypedDraft(value: string, commit: (text: string) => void): TypedDraft {
  const store = useMapStoreApi();
  const [draft, setDraft] = useState(value);
  /** Read by timers, blur and unmount, which may run before React has rendered the latest keystroke. */
  const latest = useRef({ draft: value, value, commit });
  /** The value when typing began, while a typing session (one undo step) is open. */
  const session = useRef<{ start: string } | null>(null);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Bumped when typing ends, so the field shows the map's value again even when that value did not change. */
  const [settled, setSettled] = useState(0);

  useEffect(() => {
    latest.current.value = value;
    latest.current.commit = commit;
  }, [value, commit]);

  useEffect(() => {
    if (session.current) return;
    latest.current.draft = value;
    setDraft(value);
  }, [value, settled]);

  /** Hands the text to the map; `quiet` (a pause) shows no refusal mid-sentence. Says whether the map took it. */
  const commitNow = (quiet: boolean): boolean => {
    clearTimeout(pause.current);
    const state = store.getState();
    const { draft: text, value: stored, commit: take } = latest.current;
    if (text !== stored) {
      const before = state.refusal;
      take(text);
      const refusal = store.getState().refusal;
      if (refusal !== null && refusal !== before) {
        if (quiet) store.getState().dismissRefusal();
        return false;
      }
    }
    store.getState().setTyping(false);
    return true;
  };

  const commitRef = useRef(commitNow);
  useEffect(() => {
    commitRef.current = commitNow;
  });

  useEffect(() => {
    const release = holdTypedDraft(() => {
      if (session.current) commitRef.current(true);
    });
    return () => {
      release();
      if (!session.current) return;
      commitRef.current(true);
      session.current = null;
      store.getState().endTyping(true);
      // A refused text goes with its field; it must not leave the page saying something is unsaved.
      store.getState().setTyping(false);
    };
  }, [store]);

  return {
    draft,
    change(text) {
      latest.current.draft = text;
      setDraft(text);
      session.current ??= { start: latest.current.value };
      store.getState().setTyping(true);
      clearTimeout(pause.current);
      pause.current = setTimeout(() => commitRef.current(true), TYPING_PAUSE_MS);
    },
    keep() {
      const taken = commitNow(false);
      if (session.current) {
        session.current = null;
        store.getState().endTyping(true);
      }
      // A refused text stays in the field to be corrected, but it is not unsaved work: the refusal said the map
      // cannot hold it, so the status and the leave-page guard go by the map alone.
      if (!taken) store.getState().setTyping(false);
      else setSettled((n) => n + 1);
      return taken;
    },
    restore() {
      clearTimeout(pause.current);
      const start = session.current?.start ?? latest.current.value;
      // The map is back at `start` at once; a blur that follows must find nothing to commit.
      latest.current.draft = start;
      latest.current.value = start;
      if (session.current) {
        session.current = null;
        store.getState().endTyping(false);
      } else {
        store.getState().setTyping(false);
      }
      setDraft(start);
      setSettled((n) => n + 1);
    },
  };
}
