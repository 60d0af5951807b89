// A claim's sources as quotes with their citations, shared by the outline and the presentation panel.
import type { SourceRef } from '../../model/schema.ts';
import { SourceLink } from '../SourceLink.tsx';

export function ClaimSources({ sources }: { sources: readonly SourceRef[] }) {
  if (sources.length === 0) return null;
  return (
    <ul className="claim-sources" aria-label="Sources">
      {sources.map((source, i) => (
        <li key={i}>
          <figure className="claim-sources__figure">
            {source.quote.trim() && <blockquote className="claim-sources__quote">“{source.quote}”</blockquote>}
            <figcaption className="claim-sources__citation">
              — {source.citation}
              {source.locator ? `, ${source.locator}` : ''}
              {source.url && (
                <>
                  {' · '}
                  <SourceLink url={source.url} />
                </>
              )}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
