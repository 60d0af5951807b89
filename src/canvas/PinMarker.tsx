// The pin on a claim the person placed by hand; clicking it hands the claim back to the automatic layout.
import { useMapStoreApi } from '../state/useMapStore.ts';

export function PinMarker({ id }: { id: string }) {
  const store = useMapStoreApi();
  return (
    <button
      type="button"
      className="claim-node__pin nodrag"
      title="Pinned where you put it. Click to unpin."
      aria-label="Unpin node"
      onClick={(event) => {
        event.stopPropagation();
        store.getState().unpin([id]);
      }}
    >
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        <path d="M4 1 H8 L7.3 5 L9 6.6 H6.6 L6 11 L5.4 6.6 H3 L4.7 5 Z" fill="currentColor" />
      </svg>
    </button>
  );
}
