// The presentation's keys: → / Space / PageDown next, ← / PageUp back, Home / End, Esc leaves. Typing in a field is left alone.
import { useEffect } from 'react';
import { useMapStoreApi } from '../../state/useMapStore.ts';

/** Fields and open popovers (which close on Esc themselves) keep their keys. */
function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]') !== null;
}

/** Space and Enter on a button press the button; they must not also turn the page. */
function isPressable(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], summary') !== null;
}

/** The map's editing shortcuts (letters, Delete, Enter, select all, duplicate) do nothing while presenting; save and undo still work. */
function isEditingShortcut(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey) return ['a', 'd'].includes(event.key.toLowerCase());
  return event.key.length === 1 || event.key === 'Delete' || event.key === 'Backspace' || event.key === 'Enter';
}

export function usePresentKeys(active: boolean): void {
  const store = useMapStoreApi();
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || ownsKeys(event.target)) return;
      // Inside the story editor Escape closes the editor (PresentLayer), not the presentation.
      if (event.key === 'Escape' && event.target instanceof Element && event.target.closest('.story-editor')) return;
      if (event.ctrlKey || event.metaKey) {
        if (isEditingShortcut(event)) event.stopPropagation();
        return;
      }
      const s = store.getState();
      const count = s.map?.nodes.length ?? 0;
      const act: Record<string, () => void> = {
        ArrowRight: s.nextStep,
        PageDown: s.nextStep,
        ArrowLeft: s.previousStep,
        PageUp: s.previousStep,
        Home: () => s.goToStep(1),
        End: () => s.goToStep(count),
        Escape: s.stopPresenting,
      };
      if (event.key === ' ' && !isPressable(event.target)) act[' '] = s.nextStep;
      const run = act[event.key];
      if (!run) {
        // Stopped on the way down, so the app's shortcuts never see it; a focused button still gets its click.
        if (isEditingShortcut(event)) event.stopPropagation();
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      run();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [active, store]);
}
