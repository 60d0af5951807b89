// "Link to…": the keyboard way to link the selected claim: find the target by name (or make it), choose the relation (Alt+1–4), Enter.
import { type FormEvent, type KeyboardEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { RELATIONS, type RelationKind } from '../model/schema.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { RelationOptions } from './RelationOptions.tsx';
import { RELATION_KEYS } from './shortcuts.ts';
import './Dialogs.css';

export function LinkToDialog() {
  const { open, source, map, connect, linkToNew, close } = useMapStore(
    useShallow((s) => ({
      open: s.linkToOpen,
      source: s.selection.claims[0],
      map: s.map,
      connect: s.connect,
      linkToNew: s.linkToNewClaim,
      close: s.closeLinkTo,
    })),
  );
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState('');
  const [relation, setRelation] = useState<RelationKind>('causes');
  const sourceClaim = map?.nodes.find((claim) => claim.id === source);
  const matches = useMemo(() => {
    const words = query.trim().toLowerCase();
    return (map?.nodes ?? []).filter((claim) => claim.id !== source && (!words || claim.label.toLowerCase().includes(words)));
  }, [map, source, query]);
  const chosen = matches.some((claim) => claim.id === target) ? target : (matches[0]?.id ?? '');
  /** The typed name, when it could name a new node: Enter makes it when nothing matches, Alt+Enter always. */
  const newName = query.trim();

  // Reset while rendering the opening, not in an effect after it: keys typed right after the shortcut
  // must land in an empty field, not after the last search.
  const [shownOpen, setShownOpen] = useState(false);
  if (open !== shownOpen) {
    setShownOpen(open);
    if (open) {
      setQuery('');
      setTarget('');
      setRelation('causes');
    }
  }
  // A layout effect opens the dialog in the same task as the shortcut, before the next key arrives.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    else if (!open && element.open) element.close();
  }, [open]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!source) return;
    if (!chosen) return create();
    close();
    connect(source, chosen, relation);
  };
  const create = () => {
    if (!source || !newName) return;
    close();
    linkToNew(source, newName, relation);
  };
  /** Alt+1–4 choose the relation from anywhere in the dialog; Alt+Enter makes the typed name a new node. */
  const onDialogKey = (event: KeyboardEvent<HTMLDialogElement>) => {
    event.stopPropagation();
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    // By the key's place, not its character: Alt+1 types '¡' on a Mac.
    const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
    const picked = digit ? RELATIONS[Number(digit) - 1] : undefined;
    if (event.key === 'Enter') {
      event.preventDefault();
      create();
    } else if (picked) {
      event.preventDefault();
      setRelation(picked);
    }
  };
  const onQueryKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = matches.findIndex((claim) => claim.id === chosen);
    const next = matches[Math.min(matches.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next) setTarget(next.id);
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="link-to-title" onClose={close} onKeyDown={onDialogKey}>
      <form method="dialog" onSubmit={submit} className="dialog__form">
        <h2 id="link-to-title" className="dialog__title">
          Link “{sourceClaim?.label ?? ''}” to…
        </h2>
        <div className="field">
          <label htmlFor="link-to-query">Find node by name</label>
          <input id="link-to-query" type="search" autoFocus value={query} onChange={(event) => setQuery(event.target.value)} onKeyDown={onQueryKey} />
        </div>
        <div className="field">
          <label htmlFor="link-to-target">Target node</label>
          <select id="link-to-target" size={Math.min(8, Math.max(2, matches.length))} value={chosen} onChange={(event) => setTarget(event.target.value)}>
            {matches.map((claim) => (
              <option key={claim.id} value={claim.id}>
                {claim.label}
              </option>
            ))}
          </select>
          {matches.length === 0 && (
            <p className="field__hint">{newName ? `No node has these words: Enter makes “${newName}” and links to it.` : 'No other node has these words in its label.'}</p>
          )}
        </div>
        <div className="field">
          <label htmlFor="link-to-relation">Relation</label>
          <select
            id="link-to-relation"
            value={relation}
            aria-describedby="link-to-relation-keys"
            onChange={(event) => setRelation(event.target.value as RelationKind)}
          >
            <RelationOptions />
          </select>
          <p id="link-to-relation-keys" className="field__hint">
            {RELATIONS.map((kind) => `${RELATION_KEYS[kind]} ${kind}`).join(' · ')}
          </p>
        </div>
        <div className="dialog__buttons">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          {newName && chosen && (
            <button type="button" className="button" aria-keyshortcuts="Alt+Enter" onClick={create}>
              Create “{newName}”
            </button>
          )}
          {/* Enabled whenever Enter can do something: a disabled default button would stop Enter in the search field. */}
          <button type="submit" className="button button--primary" disabled={!chosen && !newName}>
            {chosen ? 'Link' : `Create “${newName}”`}
          </button>
        </div>
      </form>
    </dialog>
  );
}
