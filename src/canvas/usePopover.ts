// A toolbar popover's behaviour: its button opens and closes it, Escape closes it and gives the button focus back, a click outside closes it.
import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react';

export function usePopover() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const toggle = useCallback(() => setOpen((was) => !was), []);
  const onPanelKeyDown = useCallback((event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The map's own Escape (clear the selection) must not run as well.
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  }, []);

  return {
    open,
    panelId,
    root,
    buttonProps: { ref: button, 'aria-haspopup': 'dialog', 'aria-expanded': open, 'aria-controls': open ? panelId : undefined, onClick: toggle } as const,
    panelProps: { id: panelId, role: 'dialog', onKeyDown: onPanelKeyDown } as const,
  };
}
