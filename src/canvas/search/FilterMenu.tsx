// "Filters": show or hide kinds of claims and kinds of links (hidden on the canvas, never removed from the map).
import { useShallow } from 'zustand/react/shallow';
import { useMapStore } from '../../state/useMapStore.ts';
import { FetchedAheadBoundary } from '../FetchedAheadBoundary.tsx';
import { lazyFetchedAhead } from '../lazyFetchedAhead.ts';
import { usePopover } from '../usePopover.ts';
import './FilterMenu.css';

/** The panel stays out of the first download. */
const { Component: FilterPanel, useFetchAhead } = lazyFetchedAhead(() => import('./FilterPanel.tsx').then((m) => m.FilterPanel));

export function FilterMenu() {
  const { hasMap, count } = useMapStore(useShallow((s) => ({ hasMap: s.map !== null, count: s.filter.hiddenKinds.length + s.filter.hiddenRelations.length })));
  const { open, root, buttonProps, panelProps } = usePopover();
  useFetchAhead();

  return (
    <div className="filter-menu" ref={root}>
      <button type="button" className="button" disabled={!hasMap} {...buttonProps}>
        Filters{count > 0 ? ` (${count} hidden)` : ''}
      </button>
      {open && (
        <FetchedAheadBoundary what="The filters">
          <FilterPanel panelProps={panelProps} />
        </FetchedAheadBoundary>
      )}
    </div>
  );
}
