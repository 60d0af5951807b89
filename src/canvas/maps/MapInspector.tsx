// The map's own fields, shown in the inspector while nothing is selected: title, summary and the source the map is drawn from.
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Citation } from '../../model/schema.ts';
import { useMapStore, useMapStoreApi } from '../../state/useMapStore.ts';
import { CommitField } from '../CommitField.tsx';
import { showMapDetails, takeDetailsFocus } from './mapDialogState.ts';

const SOURCE_FIELDS: readonly { key: keyof Citation; label: string; placeholder?: string }[] = [
  { key: 'author', label: 'Author' },
  { key: 'title', label: 'Work' },
  { key: 'venue', label: 'Published in' },
  { key: 'place', label: 'Place' },
  { key: 'date', label: 'Date', placeholder: '2009' },
  { key: 'url', label: 'Link', placeholder: 'https://…' },
];

/** Escape in a field has put its text back; leaving the details then returns the keyboard to the map. */
function closeOnEscape(event: KeyboardEvent) {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  event.stopPropagation();
  showMapDetails(false);
  document.querySelector<HTMLElement>('.map-menu > button')?.focus();
}

export function MapInspector() {
  const store = useMapStoreApi();
  const meta = useMapStore(useShallow((s) => s.map?.meta));
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (takeDetailsFocus()) panel.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);
  if (!meta) return null;
  const source = meta.source;
  return (
    <aside ref={panel} className="inspector" aria-label="Map details" onKeyDown={closeOnEscape}>
      <h2 className="inspector__title">Map</h2>
      <div className="inspector__form">
        <CommitField label="Map title" value={meta.title} onCommit={(title) => store.getState().updateMapMeta({ title })} />
        <CommitField
          label="Summary"
          value={meta.summary ?? ''}
          multiline
          hint="Shown under the title in the outline and Markdown."
          onCommit={(summary) => store.getState().updateMapMeta({ summary })}
        />
        <fieldset className="inspector__sources">
          <legend>Source of the map</legend>
          <p className="inspector__hint">
            {source ? 'Cited in the header, exports and slides; a new source on a node starts from it.' : 'None yet: this map cites no work.'}
          </p>
          {SOURCE_FIELDS.map((field) => (
            <CommitField
              key={field.key}
              label={field.label}
              value={source?.[field.key] ?? ''}
              placeholder={field.placeholder}
              onCommit={(value) => store.getState().updateMapSource({ [field.key]: value })}
            />
          ))}
        </fieldset>
        <button type="button" className="button button--small" onClick={() => showMapDetails(false)}>
          Close map details
        </button>
      </div>
    </aside>
  );
}
