// "Link to…": the keyboard way to link the selected claim: find the target by name, choose the relation, Enter.
import { type FormEvent, type KeyboardEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { RelationKind } from '../model/schema.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { RelationOptions } from './RelationOptions.tsx';
import './Dialogs.css';

export function LinkToDialog() {
  const { open, source, map, connect, close } = useMapStore(
    useShallow((s) => ({
      open: s.linkToOpen,
      source: s.selection.claims[0],
      map: s.map,
      connect: s.connect,
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
    if (!source || !chosen) return;
    close();
    connect(source, chosen, relation);
  };
  const onQueryKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = matches.findIndex((claim) => claim.id === chosen);
    const next = matches[Math.min(matches.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next) setTarget(next.id);
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="link-to-title" onClose={close} onKeyDown={(event) => event.stopPropagation()}>
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
          {matches.length === 0 && <p className="field__hint">No other node has these words in its label.</p>}
        </div>
        <div className="field">
          <label htmlFor="link-to-relation">Relation</label>
          <select id="link-to-relation" value={relation} onChange={(event) => setRelation(event.target.value as RelationKind)}>
            <RelationOptions />
          </select>
        </div>
        <div className="dialog__buttons">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!chosen}>
            Link
          </button>
        </div>
      </form>
    </dialog>
  );
}
