// A source citation as one readable line: Author, “Title,” Venue (Place, Date).
import type { Citation } from '../model/schema.ts';

export function formatCitation(citation: Citation): string {
  const where = [citation.place, citation.date].filter(Boolean).join(', ');
  const venue = [citation.venue, where && `(${where})`].filter(Boolean).join(' ');
  return [citation.author, `“${citation.title}”`, venue].filter(Boolean).join(', ');
}
