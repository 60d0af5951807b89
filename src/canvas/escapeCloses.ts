// Escape in a panel: from anywhere in it (a field keeps its own Escape) it closes the panel and hands the focus on.
import type { KeyboardEvent } from 'react';

/** The button that opens a panel, marked `data-panel-toggle="name"`: where the focus goes when the panel closes. */
export function panelToggle(name: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-panel-toggle="${name}"]`);
}

/** A panel's onKeyDown: Escape runs `close`, then focuses what `focusAfter` finds, so the keyboard keeps its place. */
export function escapeCloses(close: () => void, focusAfter: () => HTMLElement | null): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (event.target instanceof Element && event.target.closest('input, textarea, select')) return;
    event.preventDefault();
    close();
    focusAfter()?.focus();
  };
}
