// The search box (Ctrl/Cmd+F): matches labels, text and sources, lists the hits, and choosing one centres and selects its claim.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { searchClaims } from '../../model/searchClaims.ts';
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';
import { focusWhenDrawn } from '../claimElement.ts';
import './SearchBox.css';

const MAX_HITS = 50;
const FIELD_WORDS = { label: 'label', text: 'text', source: 'source' } as const;

export function SearchBox() {
  const store = useMapStoreApi();
  const map = useMapStore((s) => s.map);
  const presenting = useMapStore((s) => s.presenting !== null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hits = useMemo(() => (map ? searchClaims(map, query) : []), [map, query]);
  const shown = hits.slice(0, MAX_HITS);
  const expanded = open && query.trim() !== '';

  // Ctrl/Cmd+F inside the app finds in the map rather than in the page.
  useEffect(() => {
    if (presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'f') return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting]);

  const choose = (index: number) => {
    const hit = shown[index];
    if (!hit) return;
    setActive(index);
    setOpen(false);
    store.getState().revealClaim(hit.id);
    store.getState().announce(`Found “${hit.label}”`);
    // The keyboard goes on from the claim found, so its keys (S, L, Enter…) act on it at once.
    focusWhenDrawn(document, hit.id);
  };

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="search-box" role="search">
      <input
        ref={input}
        type="search"
        className="search-box__input"
        role="combobox"
        aria-label="Search the map"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && shown[active] ? optionId(active) : undefined}
        aria-keyshortcuts="Control+F Meta+F"
        placeholder="Search (Ctrl+F)"
        value={query}
        disabled={!map}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
            if (shown.length > 0) setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(active);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            if (expanded) setOpen(false);
            else setQuery('');
          }
        }}
      />
      <p className="visually-hidden" role="status">
        {query.trim() === '' ? '' : hits.length === 1 ? '1 hit' : `${hits.length} hits`}
      </p>
      <ul id={listId} role="listbox" aria-label="Search hits" className="search-box__hits" hidden={!expanded}>
        {expanded && shown.length === 0 && <li className="search-box__none">No node matches “{query.trim()}”</li>}
        {expanded &&
          shown.map((hit, i) => (
            <li
              key={hit.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'search-box__hit search-box__hit--active' : 'search-box__hit'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(i)}
            >
              <span className="search-box__label">{hit.label}</span>
              {hit.field !== 'label' && (
                <span className="search-box__excerpt">
                  <span className="search-box__field">{FIELD_WORDS[hit.field]}:</span> {hit.excerpt}
                </span>
              )}
            </li>
          ))}
      </ul>
    </div>
  );
}
