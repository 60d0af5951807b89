// The panel beside the canvas that shows and edits whatever is selected: one node, one link, or a count of several.
// With nothing selected it is not shown, so the map gets the room, unless the map's own details were asked for.
import type { KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useMapStore, useMapStoreApi } from '../state/useMapStore.ts';
import { focusSelection } from './claimElement.ts';
import { FetchedAheadBoundary } from './FetchedAheadBoundary.tsx';
import { lazyFetchedAhead } from './lazyFetchedAhead.ts';
import { useMapDetailsOpen } from './maps/mapDialogState.ts';
import { MapInspector } from './maps/MapInspector.tsx';
import './Inspector.css';

/** The forms stay out of the first download: a map opens with nothing selected. */
const claimForm = lazyFetchedAhead(() => import('./ClaimInspector.tsx').then((m) => m.ClaimInspector));
const relationForm = lazyFetchedAhead(() => import('./RelationInspector.tsx').then((m) => m.RelationInspector));
const jointForm = lazyFetchedAhead(() => import('./JointGroupControls.tsx').then((m) => m.JointGroupControls));
const ClaimInspector = claimForm.Component;
const RelationInspector = relationForm.Component;
const JointGroupControls = jointForm.Component;

/** Escape in a field (after the field has kept or put back its text) returns to the map, where N, L, S… work again. */
function backToMapOnEscape(selection: () => Parameters<typeof focusSelection>[0]) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !(event.target instanceof Element) || !event.target.matches('input, textarea, select')) return;
    event.preventDefault();
    event.stopPropagation();
    focusSelection(selection());
  };
}

export function Inspector() {
  const store = useMapStoreApi();
  const { map, claimIds, relationIds, deleteSelection } = useMapStore(
    useShallow((s) => ({ map: s.map, claimIds: s.selection.claims, relationIds: s.selection.relations, deleteSelection: s.deleteSelection })),
  );
  const claim = claimIds.length === 1 && relationIds.length === 0 ? map?.nodes.find((c) => c.id === claimIds[0]) : undefined;
  const relation = relationIds.length === 1 && claimIds.length === 0 ? map?.edges.find((e) => e.id === relationIds[0]) : undefined;
  const count = claimIds.length + relationIds.length;
  claimForm.useFetchAhead();
  relationForm.useFetchAhead();
  jointForm.useFetchAhead();
  const detailsOpen = useMapDetailsOpen();
  if (count === 0) return detailsOpen ? <MapInspector /> : null;
  return (
    <aside className="inspector" aria-label="Inspector" onKeyDown={backToMapOnEscape(() => store.getState().selection)}>
      <h2 className="inspector__title">{claim ? 'Node' : relation ? 'Link' : 'Selection'}</h2>
      <FetchedAheadBoundary what="The form">
        {claim && <ClaimInspector key={claim.id} claim={claim} />}
        {relation && map && <RelationInspector key={relation.id} relation={relation} map={map} />}
      </FetchedAheadBoundary>
      {!claim && !relation && count > 1 && (
        <div className="inspector__form">
          <p>
            {claimIds.length} nodes and {relationIds.length} links selected.
          </p>
          {map && relationIds.length > 1 && (
            <FetchedAheadBoundary what="The joint group controls">
              <JointGroupControls map={map} relationIds={relationIds} />
            </FetchedAheadBoundary>
          )}
          <button type="button" className="button button--small button--danger" onClick={deleteSelection}>
            Delete selected
          </button>
        </div>
      )}
    </aside>
  );
}
