// Text-by-key storage in the browser: IndexedDB where it works, localStorage where it does not.

export interface KeyValueBackend {
  readonly name: 'IndexedDB' | 'localStorage';
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

const DB_NAME = 'causeway';
const STORE = 'working-copies';
/** A database that never opens (blocked, broken profile) must not hold the edits hostage. */
const OPEN_TIMEOUT_MS = 3000;

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('IndexedDB did not open in time')), OPEN_TIMEOUT_MS);
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve(request.result);
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(request.error ?? new Error('IndexedDB could not be opened'));
    };
    request.onblocked = () => {
      clearTimeout(timer);
      reject(new Error('IndexedDB is blocked by another tab'));
    };
  });
}

async function indexedDbBackend(): Promise<KeyValueBackend> {
  const db = await openDatabase();
  const run = <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      let result: T;
      settle(request).then((value) => (result = value), reject);
      transaction.oncomplete = () => resolve(result);
      transaction.onerror = () => reject(transaction.error ?? request.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction was aborted'));
    });
  return {
    name: 'IndexedDB',
    get: async (key) => {
      const value = await run('readonly', (store) => store.get(key) as IDBRequest<unknown>);
      return typeof value === 'string' ? value : null;
    },
    set: async (key, value) => {
      await run('readwrite', (store) => store.put(value, key));
    },
    delete: async (key) => {
      await run('readwrite', (store) => store.delete(key));
    },
  };
}

function localStorageBackend(): KeyValueBackend {
  const storage = localStorage;
  const probe = '__causeway_probe__';
  storage.setItem(probe, '1');
  storage.removeItem(probe);
  return {
    name: 'localStorage',
    get: async (key) => storage.getItem(key),
    set: async (key, value) => storage.setItem(key, value),
    delete: async (key) => storage.removeItem(key),
  };
}

/** The best storage this browser offers, or null when it keeps nothing (storage blocked or absent). */
export async function openBrowserStorage(): Promise<KeyValueBackend | null> {
  try {
    if (typeof indexedDB !== 'undefined') return await indexedDbBackend();
  } catch {
    // Private modes and locked-down profiles refuse IndexedDB; localStorage may still work.
  }
  try {
    if (typeof localStorage !== 'undefined') return localStorageBackend();
  } catch {
    // Storage disabled entirely: the caller reports it as unavailable.
  }
  return null;
}
