// The top bar: the app's name, the open map's title and source, and the ways to open another map.
import { useShallow } from 'zustand/react/shallow';
import { describeOrigin } from '../state/mapState.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { formatCitation } from './formatCitation.ts';
import { MapPicker } from './MapPicker.tsx';
import { MapDialogsHost } from './maps/MapDialogsHost.tsx';
import { MapMenu } from './maps/MapMenu.tsx';
import { OpenMapButton } from './OpenMapButton.tsx';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';
import './AppHeader.css';
import { neutraliseBidi } from '../model/neutraliseBidi.ts';

export function AppHeader() {
  const { meta, origin, loading } = useMapStore(useShallow((s) => ({ meta: s.map?.meta, origin: s.origin, loading: s.loading })));
  const citation = meta?.source ? formatCitation(meta.source) : origin ? describeOrigin(origin) : '';
  return (
    <header className="app-header">
      <div className="app-header__brand" aria-hidden="true">
        <svg width="26" height="26" viewBox="0 0 26 26" focusable="false">
          <rect x="1" y="1" width="10" height="8" rx="2" fill="#2f5fb3" />
          <rect x="15" y="17" width="10" height="8" rx="2" fill="#6d4fc2" />
          <path d="M6 9 C6 17 20 9 20 17" fill="none" stroke="#334155" strokeWidth="1.8" />
        </svg>
      </div>
      <div className="app-header__titles">
        <p className="app-header__app">Causeway</p>
        <h1 className="app-header__title">{meta ? neutraliseBidi(meta.title) : (loading ? 'Loading…' : 'No map open')}</h1>
        {/* Always rendered, so the header keeps its height while a map loads and the fitted canvas does not shift. */}
        <p className="app-header__citation" title={citation}>
          {meta?.source && <span className="visually-hidden">Source: </span>}
          {citation}
        </p>
      </div>
      <div className="app-header__actions">
        <MapMenu />
        <MapPicker />
        <OpenMapButton />
        <MapDialogsHost />
        <ShortcutsHelp />
      </div>
    </header>
  );
}
