// The what-if banner: says the view is temporary, how many statuses differ from the real marks, and leads back.
import { useShallow } from 'zustand/react/shallow';
import { useMapStore } from '../state/useMapStore.ts';
import './evaluation.css';

export function WhatIfBanner() {
  const { changed, backToRealMarks } = useMapStore(
    useShallow((s) => ({
      changed: s.evaluationMode.kind === 'whatIf' ? Object.keys(s.evaluationMode.overrides).length : 0,
      backToRealMarks: s.backToRealMarks,
    })),
  );
  return (
    <div className="evaluation-banner" role="region" aria-label="What-if view">
      <span>
        <strong>What if…</strong> {changed === 1 ? '1 status changed' : `${changed} statuses changed`} — not saved, not in undo.
        {changed === 0 && ' Select a node and set its status to try it.'} Renaming, linking and deleting still change the real map.
      </span>
      <button type="button" className="button" onClick={backToRealMarks}>
        Back to real marks
      </button>
    </div>
  );
}
