// Edits a claim's label in place on the canvas: Enter commits, Escape cancels, leaving the field commits; what is typed reaches the map at every pause.
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useMapStoreApi } from '../state/useMapStore.ts';
import { useTypedDraft } from './useTypedDraft.ts';

export function InlineLabelEditor({ id, label, width }: { id: string; label: string; width: number }) {
  const store = useMapStoreApi();
  const typed = useTypedDraft(label, (text) => store.getState().updateClaim(id, { label: text }));
  const field = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  /** The typing is one step; closing the editor with the same label adds none (and keeps a new claim's first name). */
  const commit = () => {
    if (done.current || !typed.keep()) return;
    done.current = true;
    store.getState().commitLabel(id, typed.draft);
    if (store.getState().editingLabel === id) done.current = false;
  };
  // The field goes with the edit, and the focus would fall to the page: a keyboard user goes on from the node
  // (unless Escape took a node just added back, which leaves no node to go on from).
  const backToNode = () => {
    const node = field.current?.closest<HTMLElement>('.react-flow__node');
    if (done.current) node?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      commit();
      backToNode();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      done.current = true;
      typed.restore();
      store.getState().cancelLabelEdit();
      backToNode();
    }
  };
  return (
    <textarea
      ref={field}
      className="claim-node__editor nodrag nopan nowheel"
      aria-label="Node label"
      value={typed.draft}
      rows={2}
      style={{ width }}
      onChange={(event) => typed.change(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={commit}
    />
  );
}
