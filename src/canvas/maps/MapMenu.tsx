// The header's "Map" menu button: new, save as, duplicate, rename, delete and the map's details, operable by arrow keys.
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';
import { type MapDialogKind, openMapDialog, setMapMenuOpen, showMapDetails, useMapMenuOpen } from './mapDialogState.ts';
import { MAP_MENU_KEYS } from './mapMenuKeys.ts';
import './MapMenu.css';

interface Item {
  label: string;
  keys?: string;
  run: () => void;
  /** Why the item does not apply now; it is then shown disabled. */
  unavailable?: string | false;
}

function focusItem(menu: HTMLElement | null, index: (count: number, current: number) => number): void {
  const items = [...(menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];
  if (items.length === 0) return;
  const current = items.indexOf(document.activeElement as HTMLButtonElement);
  items[(index(items.length, current) + items.length) % items.length]?.focus();
}

export function MapMenu() {
  const open = useMapMenuOpen();
  const store = useMapStoreApi();
  const { hasMap, onServer } = useMapStore(useShallow((s) => ({ hasMap: s.map !== null, onServer: s.origin?.kind === 'server' })));
  const root = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    focusItem(menu.current, () => 0);
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setMapMenuOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const dialog = (kind: MapDialogKind) => () => openMapDialog(kind);
  const notInMaps = !onServer && 'Only a map in maps/ can be renamed or deleted';
  const items: Item[] = [
    { label: 'New map…', keys: MAP_MENU_KEYS.newMap, run: dialog('new') },
    { label: 'Save as…', keys: MAP_MENU_KEYS.saveAs, run: dialog('saveAs'), unavailable: !hasMap && 'No map is open' },
    { label: 'Duplicate map…', run: dialog('duplicate'), unavailable: !hasMap && 'No map is open' },
    { label: 'Rename map…', run: dialog('rename'), unavailable: notInMaps },
    { label: 'Delete map…', run: dialog('delete'), unavailable: notInMaps },
    {
      label: 'Map details (title, summary, source)',
      // The map's details show where a selected node's would: asking for them lets go of the selection.
      run: () => {
        setMapMenuOpen(false);
        store.getState().select({ claims: [], relations: [] });
        showMapDetails(true, true);
      },
      unavailable: !hasMap && 'No map is open',
    },
  ];

  const close = () => {
    setMapMenuOpen(false);
    button.current?.focus();
  };
  const onMenuKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, (count: number, current: number) => number> = {
      ArrowDown: (_, current) => current + 1,
      ArrowUp: (_, current) => current - 1,
      Home: () => 0,
      End: (count) => count - 1,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusItem(menu.current, move);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      setMapMenuOpen(false);
    }
  };

  return (
    <div className="map-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-keyshortcuts={MAP_MENU_KEYS.menu}
        onClick={() => setMapMenuOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setMapMenuOpen(true);
          }
        }}
      >
        Map
        <span aria-hidden="true" className="button__caret">▾</span>
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" aria-label="Map" className="map-menu__list" onKeyDown={onMenuKeyDown}>
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              className="map-menu__item"
              disabled={Boolean(item.unavailable)}
              title={item.unavailable || undefined}
              aria-keyshortcuts={item.keys}
              onClick={item.run}
            >
              <span>{item.label}</span>
              {item.keys && <kbd className="map-menu__keys">{item.keys}</kbd>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
