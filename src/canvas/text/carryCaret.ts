// Where the caret goes when the text under it is replaced: it stays by the characters it was next to.

/** The caret `at` in `before`, moved to the same place in `after` (only the changed middle shifts it). */
export function carryCaret(before: string, after: string, at: number): number {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (at <= prefix) return at;
  if (at >= before.length - suffix) return at + (after.length - before.length);
  return Math.min(after.length - suffix, prefix + (at - prefix));
}
