// The toolbar's status line: says what just happened (a live region, so screen readers hear it) and clears itself once it is old news.
import { useEffect, useState } from 'react';
import type { StatusMessage } from '../state/mapState.ts';
import { useMapStore } from '../state/useMapStore.ts';

/** Long enough to read a sentence after glancing up; a message left for minutes reads as if it were about now. */
export const STATUS_SHOWN_MS = 8000;

export function StatusLine() {
  const status = useMapStore((s) => s.status);
  const [expired, setExpired] = useState<StatusMessage | null>(null);
  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setExpired(status), STATUS_SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [status]);
  // The region itself stays: only its words go, which screen readers do not announce.
  return (
    <p className="toolbar__status" role="status" aria-live="polite">
      <span key={status?.id}>{status && status !== expired ? status.text : ''}</span>
    </p>
  );
}
