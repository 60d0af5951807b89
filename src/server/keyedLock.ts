// Runs tasks one after another per key (a file path), so two saves of one file never interleave.

export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with a task running or waiting; empty once everything settled, so the map never grows without bound. */
  get busyKeys(): number {
    return this.tails.size;
  }
}

/** One lock per process: every API instance over the same folder shares it, because files are shared too. */
export const fileLocks = new KeyedLock();
