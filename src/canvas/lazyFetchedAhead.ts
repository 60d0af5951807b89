// A component whose code stays out of the first download: fetched once the browser is idle, or when it first renders.
import { type ComponentType, createElement, type ReactPromise, use, useEffect } from 'react';
import { whenIdle } from './whenIdle.ts';

export interface FetchedAhead<P> {
  /** Render inside a Suspense boundary and an error boundary: it suspends only while its code has not arrived yet. */
  Component: ComponentType<P>;
  /** Call in the component that may show it: starts fetching its code when the browser is idle. */
  useFetchAhead: () => void;
}

/** How to forget each fetch that failed; kept until asked, so a render retried by React meets the same failure. */
const failedFetches = new Set<() => void>();

/** Makes the next render of each component whose code could not be fetched fetch it again ("Try again"). */
export function forgetFailedFetches(): void {
  for (const forget of failedFetches) forget();
  failedFetches.clear();
}

/** A promise that says how it settled, in the fields React's `use` reads: a settled one is used without suspending. */
type Settled<T> = Promise<T> & ReactPromise<T>;

export function lazyFetchedAhead<P extends object>(load: () => Promise<ComponentType<P>>): FetchedAhead<P> {
  let loading: Settled<ComponentType<P>> | undefined;
  const fetchCode = (): Settled<ComponentType<P>> => {
    if (loading) return loading;
    const promise: Settled<ComponentType<P>> = load();
    promise.then(
      (Component) => Object.assign(promise, { status: 'fulfilled', value: Component }),
      (error: unknown) => {
        Object.assign(promise, { status: 'rejected', reason: error });
        failedFetches.add(() => (loading = undefined));
      },
    );
    loading = promise;
    return promise;
  };
  /**
   * Code fetched ahead is rendered at once: its promise is marked settled, so `use` returns it without suspending
   * for a render. `use` is called on every render, also the one after a suspension (React warns otherwise).
   */
  function FetchedAhead(props: P) {
    return createElement(use(fetchCode()), props);
  }
  return {
    Component: FetchedAhead,
    useFetchAhead: () => useEffect(() => whenIdle(() => void fetchCode().catch(() => undefined)), []),
  };
}
