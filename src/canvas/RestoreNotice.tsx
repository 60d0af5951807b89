// Says that unsaved edits were brought back from the browser's working copy, with the choice to keep or discard them.
import { useShallow } from 'zustand/react/shallow';
import { useMapStore } from '../state/useMapStore.ts';
import './Dialogs.css';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'earlier' : date.toLocaleString();
}

export function RestoreNotice() {
  const { restored, keep, discard } = useMapStore(useShallow((s) => ({ restored: s.restored, keep: s.keepRestored, discard: s.discardRestored })));
  if (!restored) return null;
  return (
    <section className="notice notice--restore" role="region" aria-labelledby="restore-title">
      <h2 id="restore-title" className="notice__title">
        Restored unsaved changes
      </h2>
      <p className="notice__text">
        Your edits from {when(restored.savedAt)} were kept by this browser and are back on the map.
        {restored.fileChanged && ' The file has changed on disk since; saving will ask what to do.'}
      </p>
      <div className="notice__buttons">
        <button type="button" className="button button--small button--primary" onClick={keep}>
          Keep changes
        </button>
        <button type="button" className="button button--small" onClick={discard}>
          Discard changes
        </button>
      </div>
    </section>
  );
}
