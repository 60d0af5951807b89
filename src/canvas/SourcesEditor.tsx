// The inspector's list of a claim's sources: citation, quote, locator and link each editable; add and remove.
import type { ArgumentMap, SourceRef } from '../model/schema.ts';
import { useMapStoreApi } from '../state/useMapStore.ts';
import { CommitField } from './CommitField.tsx';

function defaultCitation(map: ArgumentMap | null): string {
  const source = map?.meta.source;
  if (!source) return 'Source';
  return [source.author, source.date].filter(Boolean).join(', ') || 'Source';
}

export function SourcesEditor({ claimId, sources }: { claimId: string; sources: readonly SourceRef[] }) {
  const store = useMapStoreApi();
  const update = (index: number, patch: Partial<SourceRef>) => store.getState().updateSource(claimId, index, patch);
  return (
    <fieldset className="inspector__sources">
      <legend>Sources</legend>
      {sources.length === 0 && <p className="inspector__hint">No sources yet.</p>}
      <ol className="inspector__source-list">
        {sources.map((source, index) => (
          <li key={index} className="inspector__source" aria-label={`Source ${index + 1}`}>
            <CommitField label={`Citation ${index + 1}`} value={source.citation} onCommit={(citation) => update(index, { citation })} />
            <CommitField label={`Quote ${index + 1}`} value={source.quote} multiline onCommit={(quote) => update(index, { quote })} />
            <CommitField label={`Locator ${index + 1}`} value={source.locator ?? ''} placeholder="p. 12" onCommit={(locator) => update(index, { locator })} />
            <CommitField label={`Link ${index + 1}`} value={source.url ?? ''} placeholder="https://…" onCommit={(url) => update(index, { url })} />
            <button type="button" className="button button--small" onClick={() => store.getState().removeSource(claimId, index)}>
              Remove source {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--small"
        onClick={() => store.getState().addSource(claimId, { citation: defaultCitation(store.getState().map), quote: '' })}
      >
        Add source
      </button>
    </fieldset>
  );
}
