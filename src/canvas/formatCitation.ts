// A source citation as one readable line: Author, “Title,” Venue (Place, Date), bidi controls taken out.
import type { Citation } from '../model/schema.ts';
import { neutraliseBidi } from '../model/neutraliseBidi.ts';

export function formatCitation(citation: Citation): string {
  const where = [citation.place, citation.date].filter(Boolean).join(', ');
  const venue = [citation.venue, where && `(${where})`].filter(Boolean).join(' ');
  return neutraliseBidi([citation.author, `“${citation.title}”`, venue].filter(Boolean).join(', '));
}
