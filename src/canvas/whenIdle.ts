// Runs work when the main thread is free (after the map is laid out and drawn), or after a while where the browser cannot say.

/** Returns a function that cancels the work if it has not run yet. */
export function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(work, { timeout: 5000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(work, 2000);
  return () => window.clearTimeout(id);
}
