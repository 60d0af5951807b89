// A component whose code stays out of the first download: fetched once the browser is idle, or when it first renders.
import { type ComponentType, lazy, type LazyExoticComponent, useEffect } from 'react';
import { whenIdle } from './whenIdle.ts';

export interface FetchedAhead<P> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Call in the component that may show it: starts fetching its code when the browser is idle. */
  useFetchAhead: () => void;
}

export function lazyFetchedAhead<P extends object>(load: () => Promise<ComponentType<P>>): FetchedAhead<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const fetchCode = () => (loading ??= load().then((Component) => ({ default: Component })));
  return {
    Component: lazy(fetchCode),
    useFetchAhead: () => useEffect(() => whenIdle(() => void fetchCode()), []),
  };
}
