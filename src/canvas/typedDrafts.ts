// The fields holding typed text the map has not taken yet, so saving and leaving the page can hand it over first.

const flushes = new Set<() => void>();

/** Registers a field's way to commit its typed text now; returns the unregistration. */
export function holdTypedDraft(flush: () => void): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Commits what every field holds now, as its pause would have a moment later. */
export function flushTypedDrafts(): void {
  for (const flush of [...flushes]) flush();
}
