// The teaching commands in the toolbar: Present, Outline, search, filters and focus on the selected claim.
import { useShallow } from 'zustand/react/shallow';
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';
import { PresentButton } from '../present/PresentButton.tsx';
import { FilterMenu } from './FilterMenu.tsx';
import { SearchBox } from './SearchBox.tsx';

export function TeachingTools() {
  const store = useMapStoreApi();
  const { hasMap, outlineOpen, selected, focused } = useMapStore(
    useShallow((s) => ({ hasMap: s.map !== null, outlineOpen: s.outlineOpen, selected: s.selection.claims[0] ?? null, focused: s.filter.focus !== null })),
  );
  return (
    <div className="teaching-tools" role="group" aria-label="Teaching">
      <PresentButton />
      <button type="button" className="button" data-panel-toggle="outline" aria-pressed={outlineOpen} disabled={!hasMap} onClick={() => store.getState().setOutlineOpen(!outlineOpen)}>
        Outline
      </button>
      <SearchBox />
      <FilterMenu />
      <button
        type="button"
        className="button"
        aria-pressed={focused}
        disabled={!selected && !focused}
        onClick={() => (focused ? store.getState().clearFocus() : selected && store.getState().focusOn(selected))}
      >
        {focused ? 'Leave focus' : 'Focus'}
      </button>
    </div>
  );
}
