// The one rule for showing a map's title and citation: bidi embedding, override and isolate controls are taken out.

/**
 * U+202A–U+202E (embeddings LRE, RLE, the pop PDF, overrides LRO, RLO) and U+2066–U+2069 (isolates LRI, RLI, FSI,
 * PDI). An override makes the letters after it show in the opposite order to the one they are stored and read
 * aloud in ("‮txt.exe" shows as "exe.txt"), so a title can be made to read as something else; without them the
 * text shows in the order it is stored, which is the order a teacher's screen reader, search and copy use.
 * The implicit marks LRM, RLM and ALM (U+200E, U+200F, U+061C) stay: they only place punctuation and digits
 * beside Arabic or Hebrew words, cannot turn a word round, and right-to-left writers use them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** `text` as Causeway shows a title or citation (header, tab, picker, exports, outline); files keep what was written. */
export function neutraliseBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
