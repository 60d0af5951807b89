// Undo/redo over whole-map snapshots; edits share structure, so a snapshot costs only what changed.

/** `transactionBase` is set while a gesture (a drag) runs: everything until commit becomes one step. */
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  transactionBase: T | null;
}

/** At least the 200 steps a long session needs; a snapshot shares all unchanged claims with its neighbours. */
export const HISTORY_LIMIT = 500;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], transactionBase: null };
}

/** Makes `next` the present as a new step; an unchanged value (same reference) is no step. */
export function record<T>(history: History<T>, next: T, limit: number = HISTORY_LIMIT): History<T> {
  if (next === history.present) return history;
  if (history.transactionBase !== null) return { ...history, present: next };
  const past = [...history.past, history.present];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [], transactionBase: null };
}

export function beginTransaction<T>(history: History<T>): History<T> {
  if (history.transactionBase !== null) return history;
  return { ...history, transactionBase: history.present };
}

/** Ends the gesture: one step from where it began to where it ended, or none if it changed nothing. */
export function commitTransaction<T>(history: History<T>, limit: number = HISTORY_LIMIT): History<T> {
  const base = history.transactionBase;
  if (base === null) return history;
  const closed = { ...history, present: base, transactionBase: null };
  return record(closed, history.present, limit);
}

/** Abandons the gesture and returns to where it began. */
export function cancelTransaction<T>(history: History<T>): History<T> {
  if (history.transactionBase === null) return history;
  return { ...history, present: history.transactionBase, transactionBase: null };
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0 || (history.transactionBase !== null && history.transactionBase !== history.present);
}

export function canRedo<T>(history: History<T>): boolean {
  return history.transactionBase === null && history.future.length > 0;
}

export function undo<T>(history: History<T>): History<T> {
  const settled = commitTransaction(history);
  const previous = settled.past.at(-1);
  if (settled.past.length === 0 || previous === undefined) return settled;
  return { past: settled.past.slice(0, -1), present: previous, future: [settled.present, ...settled.future], transactionBase: null };
}

export function redo<T>(history: History<T>): History<T> {
  const settled = commitTransaction(history);
  const next = settled.future[0];
  if (settled.future.length === 0 || next === undefined) return settled;
  return { past: [...settled.past, settled.present], present: next, future: settled.future.slice(1), transactionBase: null };
}
