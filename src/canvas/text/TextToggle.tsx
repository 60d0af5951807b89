// The toolbar button that opens and closes the Text panel (also the T key).
import { useShallow } from 'zustand/react/shallow';
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';

export function TextToggle() {
  const store = useMapStoreApi();
  const { hasMap, open } = useMapStore(useShallow((s) => ({ hasMap: s.map !== null, open: s.textOpen })));
  return (
    <button
      type="button"
      className="button"
      data-panel-toggle="text"
      aria-pressed={open}
      aria-keyshortcuts="T"
      title="The map as Argdown text (T)"
      disabled={!hasMap}
      onClick={() => store.getState().setTextOpen(!open)}
    >
      Text
    </button>
  );
}
