// A source's link: clickable only for http(s) addresses, opened in a new tab without access back; anything else is shown as text.
import { httpLink } from '../model/httpLink.ts';

export function SourceLink({ url }: { url: string }) {
  const href = httpLink(url);
  if (!href) return <span className="source-link source-link--text">{url}</span>;
  return (
    <a className="source-link" href={href} target="_blank" rel="noopener noreferrer">
      {url}
    </a>
  );
}
