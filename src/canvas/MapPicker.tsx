// Lists the maps in maps/ (asked fresh each time it opens) and opens the one picked, as ?map=NAME.
import { type KeyboardEvent, type MouseEvent, useEffect, useId, useRef, useState } from 'react';
import { mapUrl, navigateToMap } from '../adapters/mapRoute.ts';
import { type Fetched, listMaps, type MapSummary } from '../adapters/mapsClient.ts';
import { useMapStore } from '../state/useMapStore.ts';
import './MapPicker.css';

type Listing = { state: 'loading' } | { state: 'done'; result: Fetched<MapSummary[]> };

export function MapPicker() {
  const [open, setOpen] = useState(false);
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const current = useMapStore((s) => (s.origin?.kind === 'server' ? s.origin.name : null));
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    let live = true;
    setListing({ state: 'loading' });
    listMaps().then((result) => {
      if (live) setListing({ state: 'done', result });
    });
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => {
      live = false;
      document.removeEventListener('pointerdown', closeOutside);
    };
  }, [open]);

  useEffect(() => {
    if (open && listing.state === 'done') root.current?.querySelector<HTMLElement>('.map-picker__link')?.focus();
  }, [open, listing]);

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
        <nav id={listId} className="map-picker__popover" aria-label="Maps in maps/">
          {listing.state === 'loading' && <p className="map-picker__note">Loading maps…</p>}
          {listing.state === 'done' && !listing.result.ok && (
            <p className="map-picker__note" role="alert">
              The maps could not be listed: {listing.result.message}
            </p>
          )}
          {listing.state === 'done' && listing.result.ok && listing.result.value.length === 0 && (
            <p className="map-picker__note">There are no maps in maps/ yet.</p>
          )}
          {listing.state === 'done' && listing.result.ok && listing.result.value.length > 0 && (
            <ul className="map-picker__list">
              {listing.result.value.map((entry) => (
                <li key={entry.name}>
                  <a
                    className="map-picker__link"
                    href={mapUrl(entry.name)}
                    aria-current={entry.name === current ? 'page' : undefined}
                    onClick={(event) => pick(event, entry.name)}
                  >
                    <span className="map-picker__title">{entry.title}</span>
                    <span className="map-picker__name">
                      {entry.name}.json{entry.valid ? '' : ' · has problems'}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </nav>
      )}
    </div>
  );
}
