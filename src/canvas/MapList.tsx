// The map picker's list: asks for the maps in maps/ each time it is shown, searchable, each by title with its file name and last change; a Trash tab restores.
import { type MouseEvent, useEffect, useMemo, useRef, useState } from 'react';
import { mapUrl } from '../adapters/mapRoute.ts';
import { type Fetched, listMaps, type MapSummary } from '../adapters/mapsClient.ts';
import { neutraliseBidi } from '../model/neutraliseBidi.ts';
import { TrashList } from './maps/TrashList.tsx';

type Listing = { state: 'loading' } | { state: 'done'; result: Fetched<MapSummary[]> };

interface MapListProps {
  id: string;
  /** The map on screen, marked as the current page. */
  current: string | null;
  pick: (event: MouseEvent<HTMLAnchorElement>, name: string) => void;
  /** Opens a map restored from the trash. */
  open: (name: string) => void;
}

/** "8 Dec 2026, 02:13" in the reader's own words for dates. */
export function formatChanged(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function matches(entry: MapSummary, words: string): boolean {
  return !words || `${entry.title} ${entry.name}`.toLowerCase().includes(words);
}

export function MapList({ id, current, pick, open }: MapListProps) {
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [tab, setTab] = useState<'maps' | 'trash'>('maps');
  const [query, setQuery] = useState('');
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

  const shown = useMemo(() => {
    if (listing.state !== 'done' || !listing.result.ok) return [];
    const words = query.trim().toLowerCase();
    return listing.result.value.filter((entry) => matches(entry, words));
  }, [listing, query]);
  /** Titles shared by two files: their entries say so, and the file name tells them apart. */
  const sharedTitles = useMemo(() => {
    const seen = new Map<string, number>();
    if (listing.state === 'done' && listing.result.ok) for (const entry of listing.result.value) seen.set(entry.title, (seen.get(entry.title) ?? 0) + 1);
    return seen;
  }, [listing]);

  return (
    <nav ref={nav} id={id} className="map-picker__popover" aria-label="Maps in maps/">
      <div className="map-picker__tabs" role="group" aria-label="Show">
        <button type="button" className="button button--small" aria-pressed={tab === 'maps'} onClick={() => setTab('maps')}>
          Maps
        </button>
        <button type="button" className="button button--small" aria-pressed={tab === 'trash'} onClick={() => setTab('trash')}>
          Trash
        </button>
      </div>
      {tab === 'trash' && <TrashList open={open} />}
      {tab === 'maps' && (
        <>
          <div className="field map-picker__search">
            <label htmlFor={`${id}-search`}>Find a map</label>
            <input id={`${id}-search`} type="search" value={query} placeholder="Title or file name" onChange={(event) => setQuery(event.target.value)} />
          </div>
          {listing.state === 'loading' && <p className="map-picker__note">Loading maps…</p>}
          {listing.state === 'done' && !listing.result.ok && (
            <p className="map-picker__note" role="alert">
              The maps could not be listed: {listing.result.message}
            </p>
          )}
          {listing.state === 'done' && listing.result.ok && listing.result.value.length === 0 && (
            <p className="map-picker__note">There are no maps in maps/ yet.</p>
          )}
          {listing.state === 'done' && listing.result.ok && listing.result.value.length > 0 && shown.length === 0 && (
            <p className="map-picker__note">No map has “{query.trim()}” in its title or file name.</p>
          )}
          {shown.length > 0 && (
            <ul className="map-picker__list">
              {shown.map((entry) => {
                const changed = formatChanged(entry.modified);
                const twin = (sharedTitles.get(entry.title) ?? 0) > 1;
                return (
                  <li key={entry.name}>
                    <a
                      className="map-picker__link"
                      href={mapUrl(entry.name)}
                      aria-current={entry.name === current ? 'page' : undefined}
                      onClick={(event) => pick(event, entry.name)}
                    >
                      <span className="map-picker__title">{neutraliseBidi(entry.title)}</span>
                      <span className="map-picker__name">
                        {entry.name}.json{twin ? ' · another map has this title' : ''}
                        {entry.valid ? '' : ' · has problems'}
                        {changed ? ` · changed ${changed}` : ''}
                      </span>
                    </a>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </nav>
  );
}
