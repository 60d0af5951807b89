// The Text panel's two-way link: typed Argdown becomes the map at each pause; the map's edits become the text.
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { readTextDraft, writeTextDraft } from '../../adapters/textDraft.ts';
import type { ImportNote } from '../../interchange/argdown/importNote.ts';
import { readArgdown } from '../../interchange/argdown/readArgdown.ts';
import { writeArgdown } from '../../interchange/argdown/writeArgdown.ts';
import type { Problem } from '../../model/problems.ts';
import type { ArgumentMap } from '../../model/schema.ts';
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';
import { workingCopyKey } from '../../state/workingCopyKey.ts';
import { TYPING_PAUSE_MS } from '../useTypedDraft.ts';
import { carryCaret } from './carryCaret.ts';

export type TextState = 'reading' | 'in-map' | 'broken';

export interface ArgdownText {
  text: string;
  state: TextState;
  problems: Problem[];
  notes: ImportNote[];
  /** The map changed on the canvas while the text held something the map does not have yet. */
  behind: boolean;
  change(text: string): void;
  /** Drops what the text holds and shows the map's own text. */
  takeMapText(): void;
  /** Ctrl+Z in the field: the map's undo once the text is in the map, else the field's own. Says whether it acted. */
  undo(redo: boolean): boolean;
}

export function useArgdownText(field: RefObject<HTMLTextAreaElement | null>): ArgdownText {
  const store = useMapStoreApi();
  const map = useMapStore((s) => s.map);
  const key = useMapStore((s) => (s.origin ? workingCopyKey(s.origin) : null));
  const [text, setText] = useState('');
  const [state, setState] = useState<TextState>('in-map');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [notes, setNotes] = useState<ImportNote[]>([]);
  const [behind, setBehind] = useState(false);
  /** The map the text stands for now: shown from the canvas, or taken from the text. */
  const shown = useRef<ArgumentMap | null>(null);
  /** writeArgdown(shown): a kept draft applies only while the map is still this one. */
  const canonical = useRef('');
  const shownKey = useRef<string | null>(null);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Text typed that the map has not taken (waiting for its pause, or refused). */
  const unsettled = useRef(false);
  const reads = useRef(0);

  const read = useCallback(
    async (typed: string) => {
      const mine = ++reads.current;
      setState('reading');
      const result = await readArgdown(typed);
      if (mine !== reads.current) return;
      if (!result.ok) {
        setProblems(result.problems);
        setState('broken');
        return;
      }
      shown.current = result.map;
      store.getState().applyTextEdit(result.map);
      shown.current = store.getState().map;
      canonical.current = shown.current ? writeArgdown(shown.current) : '';
      if (key) writeTextDraft(key, typed === canonical.current ? null : { text: typed, basedOn: canonical.current });
      unsettled.current = false;
      setProblems([]);
      setNotes(result.notes);
      setBehind(false);
      setState('in-map');
    },
    [store, key],
  );

  const show = useCallback(
    (next: string) => {
      const input = field.current;
      setText((before) => {
        if (input && document.activeElement === input) {
          const [start, end] = [carryCaret(before, next, input.selectionStart), carryCaret(before, next, input.selectionEnd)];
          requestAnimationFrame(() => input.setSelectionRange(start, end));
        }
        return next;
      });
    },
    [field],
  );

  // The map changed: on the canvas, by undo, or another map opened.
  useEffect(() => {
    if (!map || map === shown.current) return;
    const opened = key !== shownKey.current;
    shown.current = map;
    shownKey.current = key;
    canonical.current = writeArgdown(map);
    if (opened) {
      clearTimeout(pause.current);
      const draft = key ? readTextDraft(key) : null;
      if (draft && draft.basedOn === canonical.current && draft.text !== canonical.current) {
        // Typed before a reload and not (or not yet) in the map: it comes back as it was typed.
        setText(draft.text);
        unsettled.current = true;
        void read(draft.text);
        return;
      }
      unsettled.current = false;
      setProblems([]);
      setNotes([]);
      setBehind(false);
      setState('in-map');
      setText(canonical.current);
      return;
    }
    if (unsettled.current) setBehind(true);
    else show(canonical.current);
  }, [map, key, read, show]);

  useEffect(() => () => clearTimeout(pause.current), []);

  return {
    text,
    state,
    problems,
    notes,
    behind,
    change(next) {
      setText(next);
      unsettled.current = true;
      if (key) writeTextDraft(key, { text: next, basedOn: canonical.current });
      clearTimeout(pause.current);
      pause.current = setTimeout(() => void read(next), TYPING_PAUSE_MS);
    },
    takeMapText() {
      clearTimeout(pause.current);
      reads.current++;
      unsettled.current = false;
      const current = store.getState().map;
      shown.current = current;
      canonical.current = current ? writeArgdown(current) : '';
      if (key) writeTextDraft(key, null);
      setProblems([]);
      setBehind(false);
      setState('in-map');
      setText(canonical.current);
    },
    undo(redo) {
      if (unsettled.current) return false;
      if (redo) store.getState().redo();
      else store.getState().undo();
      return true;
    },
  };
}
