// The map picker's list: asks for the maps in maps/ each time it is shown and links each one; loaded when the picker first opens.
import { type MouseEvent, useEffect, useRef, useState } from 'react';
import { mapUrl } from '../adapters/mapRoute.ts';
import { type Fetched, listMaps, type MapSummary } from '../adapters/mapsClient.ts';
import { neutraliseBidi } from '../model/neutraliseBidi.ts';

type Listing = { state: 'loading' } | { state: 'done'; result: Fetched<MapSummary[]> };

interface MapListProps {
  id: string;
  /** The map on screen, marked as the current page. */
  current: string | null;
  pick: (event: MouseEvent<HTMLAnchorElement>, name: string) => void;
}

export function MapList({ id, current, pick }: MapListProps) {
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const nav = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    listMaps().then((result) => {
      if (live) setListing({ state: 'done', result });
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (listing.state === 'done') nav.current?.querySelector<HTMLElement>('.map-picker__link')?.focus();
  }, [listing]);

  return (
    <nav ref={nav} id={id} className="map-picker__popover" aria-label="Maps in maps/">
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
                <span className="map-picker__title">{neutraliseBidi(entry.title)}</span>
                <span className="map-picker__name">
                  {entry.name}.json{entry.valid ? '' : ' · has problems'}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
