// Runs a callback in a task of its own, after whatever the current task is doing.

/** Returns a function that cancels the call if it has not run yet. */
export function inNextTask(then: () => void): () => void {
  const timer = setTimeout(then, 0);
  return () => clearTimeout(timer);
}
