// A component whose code stays out of the first download: fetched once the browser is idle, or when it first renders.
import { type ComponentType, createElement, lazy, useEffect, useState } from 'react';
import { whenIdle } from './whenIdle.ts';

export interface FetchedAhead<P> {
  /** Render inside a Suspense boundary: it suspends only when its code has not arrived yet. */
  Component: ComponentType<P>;
  /** Call in the component that may show it: starts fetching its code when the browser is idle. */
  useFetchAhead: () => void;
}

export function lazyFetchedAhead<P extends object>(load: () => Promise<ComponentType<P>>): FetchedAhead<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const fetchCode = () =>
    (loading ??= load().then((Component) => {
      loaded = Component;
      return { default: Component };
    }));
  const Lazy = lazy(fetchCode);
  /**
   * Code fetched ahead is rendered directly: React.lazy reads even a settled import a microtask later, so it
   * would show the fallback for one render. Chosen once per mount, so the component never changes type under its state.
   */
  function FetchedAhead(props: P) {
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Shown, props);
  }
  return {
    Component: FetchedAhead,
    useFetchAhead: () => useEffect(() => whenIdle(() => void fetchCode()), []),
  };
}
