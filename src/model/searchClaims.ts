// Search: which claims match a query in their label, text or sources, best matches first, with a short excerpt.
import type { ArgumentMap, Claim } from './schema.ts';

export type SearchField = 'label' | 'text' | 'source';

export interface SearchHit {
  id: string;
  label: string;
  /** Where the query was found first: the label beats the text, the text beats the sources. */
  field: SearchField;
  /** The matching words in context (the label itself for a label hit). */
  excerpt: string;
}

const EXCERPT_BEFORE = 30;
const EXCERPT_LENGTH = 90;

interface Folded {
  text: string;
  /** For every folded character, the index of the character it came from. */
  origin: number[];
}

/** Dashes, slashes and spaces separate words; the rest of punctuation joins them ("U.S." is "us", "Kim's" "kims"). */
const SEPARATOR = /[\p{Pd}\s/]/u;
const PUNCTUATION = /\p{P}/u;

/**
 * Case-, accent- and punctuation-insensitive: "stalin" finds "Stalin", "e" finds "é", "NSC-68" finds "NSC 68",
 * "US" finds "U.S.".
 */
function fold(text: string): Folded {
  let folded = '';
  const origin: number[] = [];
  // Read from a flag, not from the string: endsWith on a string grown by += flattens it every time.
  let spaced = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (SEPARATOR.test(char)) {
      if (!spaced) {
        folded += ' ';
        origin.push(i);
        spaced = true;
      }
      continue;
    }
    if (PUNCTUATION.test(char)) continue;
    const piece = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const ch of piece) {
      folded += ch;
      origin.push(i);
      spaced = false;
    }
  }
  return { text: folded, origin };
}

function queryWords(query: string): string[] {
  return fold(query).text.split(/\s+/).filter((word) => word.length > 0);
}

interface Field {
  field: SearchField;
  raw: string;
  folded: Folded;
}

function fieldsOf(claim: Claim): Field[] {
  const fields: Field[] = [{ field: 'label', raw: claim.label, folded: fold(claim.label) }];
  if (claim.text) fields.push({ field: 'text', raw: claim.text, folded: fold(claim.text) });
  for (const source of claim.sources) {
    for (const raw of [source.quote, source.citation, source.locator ?? '']) {
      if (raw) fields.push({ field: 'source', raw, folded: fold(raw) });
    }
  }
  return fields;
}

function excerpt(field: Field, at: number, length: number): string {
  if (field.field === 'label') return field.raw;
  const start = field.folded.origin[at] ?? 0;
  const end = (field.folded.origin[at + length - 1] ?? start) + 1;
  const from = Math.max(0, Math.min(start - EXCERPT_BEFORE, end - EXCERPT_LENGTH));
  const to = Math.min(field.raw.length, Math.max(end, from + EXCERPT_LENGTH));
  const words = field.raw.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${words}${to < field.raw.length ? '…' : ''}`;
}

/**
 * A claim matches when every word of the query occurs in it (in any of its fields). Ranking: the whole
 * query in the label, every word in the label, the whole query in one field, the rest; ties in file order.
 */
export function searchClaims(map: ArgumentMap, query: string): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const phrase = words.join(' ');
  const ranked: { hit: SearchHit; rank: number; position: number }[] = [];
  map.nodes.forEach((claim, position) => {
    const fields = fieldsOf(claim);
    if (!words.every((word) => fields.some((f) => f.folded.text.includes(word)))) return;
    const label = fields[0] as Field;
    const withPhrase = fields.find((f) => f.folded.text.includes(phrase));
    const rank = label.folded.text.includes(phrase) ? 0 : words.every((w) => label.folded.text.includes(w)) ? 1 : withPhrase ? 2 : 3;
    const first = words[0] as string;
    const shown = withPhrase ?? (fields.find((f) => f.folded.text.includes(first)) as Field);
    const needle = withPhrase ? phrase : first;
    ranked.push({
      hit: { id: claim.id, label: claim.label, field: shown.field, excerpt: excerpt(shown, shown.folded.text.indexOf(needle), needle.length) },
      rank,
      position,
    });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.position - b.position).map((r) => r.hit);
}
