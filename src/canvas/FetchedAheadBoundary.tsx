// Where code loaded on first use is shown: nothing while it arrives, and what failed (with "Try again") if it cannot be fetched.
import { type ReactNode, Suspense } from 'react';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { forgetFailedFetches } from './lazyFetchedAhead.ts';

/** Its own boundary, so a panel whose code cannot be fetched says so in its place instead of taking the screen with it. */
export function FetchedAheadBoundary({ what, children }: { what: string; children: ReactNode }) {
  return (
    <ErrorBoundary what={what} onRetry={forgetFailedFetches}>
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  );
}
