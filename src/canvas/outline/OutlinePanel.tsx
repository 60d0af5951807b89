// The outline: the whole map as text in step order, for reading, a screen reader and print; selection follows the canvas both ways.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { copyText } from '../../adapters/clipboard.ts';
import { printPage } from '../../adapters/printPage.ts';
import { escapeCloses, panelToggle } from '../escapeCloses.ts';
import { outlineMarkdown } from '../../model/outline.ts';
import { formatCitation } from '../formatCitation.ts';
import { outlineItemsOf, outlineSourceOf } from '../../state/outlineView.ts';
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';
import { OutlineItem } from './OutlineItem.tsx';
import './OutlinePanel.css';
import { neutraliseBidi } from '../../model/neutraliseBidi.ts';

export function OutlinePanel() {
  const store = useMapStoreApi();
  const { open, map, selected, mode } = useMapStore(
    useShallow((s) => ({ open: s.outlineOpen, map: s.map, selected: s.selection.claims, mode: s.evaluationMode })),
  );
  const [copied, setCopied] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const first = selected[0];

  // A claim selected on the canvas brings its line into view.
  useEffect(() => {
    if (!open || first === undefined) return;
    list.current?.querySelector(`[data-claim-id="${CSS.escape(first)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [open, first]);

  const choose = useCallback((id: string) => store.getState().revealClaim(id), [store]);

  if (!open || !map) return null;
  const source = outlineSourceOf(map, mode);
  const items = outlineItemsOf(source);
  const chosen = new Set(selected);
  const closeOnEscape = escapeCloses(() => store.getState().setOutlineOpen(false), () => panelToggle('outline'));
  const copy = async () => {
    const ok = await copyText(outlineMarkdown(source.map, source.evaluation, map.story));
    setCopied(ok ? 'Copied the outline as Markdown.' : 'The browser did not allow copying to the clipboard.');
  };
  return (
    <aside className="outline-panel" aria-labelledby="outline-title" onKeyDown={closeOnEscape}>
      <div className="outline-panel__head">
        <h2 id="outline-title">Outline</h2>
        <div className="outline-panel__actions">
          <button type="button" className="button" onClick={() => void copy()}>
            Copy as Markdown
          </button>
          <button type="button" className="button" onClick={printPage}>
            Print
          </button>
          <button type="button" className="button button--quiet" onClick={() => store.getState().setOutlineOpen(false)} aria-label="Close outline">
            ✕
          </button>
        </div>
      </div>
      <p className="outline-panel__status" role="status">
        {copied}
      </p>
      <div className="outline-panel__body">
        <p className="outline-panel__title">{neutraliseBidi(map.meta.title)}</p>
        {map.meta.source && <p className="outline-panel__source">Source: {formatCitation(map.meta.source)}</p>}
        {source.practice && <p className="outline-panel__note">Practice: the statuses are your marks; the map’s marks and flags stay hidden.</p>}
        {mode.kind === 'whatIf' && <p className="outline-panel__note">What-if: the statuses and flags are the ones you are trying.</p>}
        <ol className="outline-panel__list" ref={list} aria-label="Claims in step order">
          {items.map((item) => (
            <OutlineItem key={item.id} item={item} selected={chosen.has(item.id)} onChoose={choose} />
          ))}
        </ol>
      </div>
    </aside>
  );
}
