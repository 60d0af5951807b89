// Loads the Map menu's dialogs only when one is opened (they stay out of the first download), and gives the focus back after.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useMapDialog } from './mapDialogState.ts';

const MapDialogs = lazy(() => import('./MapDialogs.tsx').then((m) => ({ default: m.MapDialogs })));

export function MapDialogsHost() {
  const kind = useMapDialog();
  const wasOpen = useRef(false);
  useEffect(() => {
    if (kind) wasOpen.current = true;
    else if (wasOpen.current) {
      wasOpen.current = false;
      // A closed dialog leaves the focus on the page itself; the menu it came from takes it.
      if (document.activeElement === document.body || document.activeElement === null) document.querySelector<HTMLElement>('.map-menu > button')?.focus();
    }
  }, [kind]);
  if (!kind) return null;
  return (
    <Suspense fallback={null}>
      <MapDialogs />
    </Suspense>
  );
}
