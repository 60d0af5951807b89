// Which source links may be clickable: absolute http(s) URLs only; javascript:, data:, file: and the like stay plain text.

/** The link's address when it is an absolute http or https URL, else undefined. */
export function httpLink(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  // Checked on the text as written, before URL parsing forgives stray whitespace or control characters.
  if (!trimmed || !/^https?:\/\/[^\s/?#]/i.test(trimmed)) return undefined;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
