// The "Choose map" button: opens the list of the maps in maps/ (asked fresh each time it opens) and opens the one picked, as ?map=NAME.
import { type KeyboardEvent, type MouseEvent, useEffect, useId, useRef, useState } from 'react';
import { navigateToMap } from '../adapters/mapRoute.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { FetchedAheadBoundary } from './FetchedAheadBoundary.tsx';
import { lazyFetchedAhead } from './lazyFetchedAhead.ts';
import './MapPicker.css';

/** The list stays out of the first download. */
const { Component: MapList, useFetchAhead } = lazyFetchedAhead(() => import('./MapList.tsx').then((m) => m.MapList));

export function MapPicker() {
  const [open, setOpen] = useState(false);
  const current = useMapStore((s) => (s.origin?.kind === 'server' ? s.origin.name : null));
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  useFetchAhead();

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  };
  const pick = (event: MouseEvent<HTMLAnchorElement>, name: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    close();
    navigateToMap(name);
  };

  return (
    <div className="map-picker" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        Choose map
        <span aria-hidden="true" className="button__caret">▾</span>
      </button>
      {open && (
        <FetchedAheadBoundary what="The list of maps">
          <MapList
            id={listId}
            current={current}
            pick={pick}
            open={(name) => {
              close();
              navigateToMap(name);
            }}
          />
        </FetchedAheadBoundary>
      )}
    </div>
  );
}
