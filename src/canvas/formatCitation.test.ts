import { describe, expect, it } from 'vitest';
import { formatCitation } from './formatCitation.ts';

describe('formatCitation', () => {
  it('joins author, quoted title, venue and place/date', () => {
    expect(formatCitation({ author: 'S. Wells', title: 'Sounding the Tocsin', venue: 'Int. Security', place: 'Cambridge', date: '1979' })).toBe(
      'S. Wells, “Sounding the Tocsin”, Int. Security (Cambridge, 1979)',
    );
  });
  it('leaves out what the citation lacks', () => {
    expect(formatCitation({ author: 'A. Author', title: 'Paper' })).toBe('A. Author, “Paper”');
    expect(formatCitation({ author: '', title: 'Paper', date: '2009' })).toBe('“Paper”, (2009)');
  });
});
