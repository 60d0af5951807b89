// The button that re-lays the map the other way: top to bottom ⇄ left to right.
import { useShallow } from 'zustand/react/shallow';
import { useMapStore } from '../state/useMapStore.ts';

function DirectionIcon({ across }: { across: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="button__icon">
      <g fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" transform={across ? undefined : 'rotate(90 8 8)'}>
        <rect x="1" y="5.5" width="4" height="5" rx="1" />
        <rect x="11" y="5.5" width="4" height="5" rx="1" />
        <path d="M5.5 8 H10 M8.5 6.5 L10 8 L8.5 9.5" />
      </g>
    </svg>
  );
}

export function DirectionToggle() {
  const { direction, hasMap, toggle } = useMapStore(
    useShallow((s) => ({ direction: s.direction, hasMap: s.map !== null, toggle: s.toggleDirection })),
  );
  const across = direction === 'TB';
  return (
    <button type="button" className="button" onClick={toggle} disabled={!hasMap}>
      <DirectionIcon across={across} />
      {across ? 'Layout left to right' : 'Layout top to bottom'}
    </button>
  );
}
