// A component whose code stays out of the first download: fetched once the browser is idle, or when it first renders.
import { type ComponentType, createElement, use, useEffect } from 'react';
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

export function lazyFetchedAhead<P extends object>(load: () => Promise<ComponentType<P>>): FetchedAhead<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchCode = () =>
    (loading ??= load().then(
      (Component) => (loaded = Component),
      (error: unknown) => {
        failedFetches.add(() => (loading = undefined));
        throw error;
      },
    ));
  /**
   * Code fetched ahead is rendered directly, without suspending for a render. Once it has arrived the component
   * stays the same, so it never changes type under its state.
   */
  function FetchedAhead(props: P) {
    return createElement(loaded ?? use(fetchCode()), props);
  }
  return {
    Component: FetchedAhead,
    useFetchAhead: () => useEffect(() => whenIdle(() => void fetchCode().catch(() => undefined)), []),
  };
}
