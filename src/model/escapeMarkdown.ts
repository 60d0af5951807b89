// Markdown escaping for text a person typed, so labels like `<script>`, `*`, `[` or backticks print as typed.
/** Every character Markdown (CommonMark with GFM tables and strikethrough) could read as markup or HTML, in any position. */
const INLINE_SPECIALS = /[\\`*_[\]<>#|~&!{}]/g;

/** One line of text: whitespace runs (newlines included) become one space, markup characters are backslash-escaped. */
export function escapeInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(INLINE_SPECIALS, '\\$&');
}

/**
 * Paragraphs of text: lines are kept, blank lines separate paragraphs, and what would start a list, quote,
 * heading, thematic break or code block at the start of a line is escaped too.
 */
export function escapeBlock(text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeInline(line).replace(/^([-+=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2'))
        .filter((line) => line.length > 0)
        .join('\n'),
    )
    .filter((paragraph) => paragraph.length > 0);
  return paragraphs.join('\n\n');
}
