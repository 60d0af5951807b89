// "Present": enters the full-window presentation at the first step.
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';

export function PresentButton() {
  const store = useMapStoreApi();
  const disabled = useMapStore((s) => !s.map || s.map.nodes.length === 0);
  return (
    <button type="button" className="button" onClick={() => store.getState().startPresenting(1)} disabled={disabled}>
      <svg className="button__icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
        <rect x="1" y="2" width="12" height="8" rx="1" fill="none" stroke="currentColor" strokeWidth="1.4" />
        <path d="M7 10v3M4.5 13h5" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
      </svg>
      Present
    </button>
  );
}
