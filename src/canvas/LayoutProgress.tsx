// Shows that a big map is being laid out (in the worker), how far it got, and that the page stays usable meanwhile.
import { useShallow } from 'zustand/react/shallow';
import type { LayoutStep } from '../layout/layoutMap.ts';
import { useMapStore } from '../state/useMapStore.ts';
import './LayoutProgress.css';

const STEP_WORDS: Record<LayoutStep['name'], string> = {
  cycles: 'finding cycles',
  ranking: 'ranking nodes into rows',
  ordering: 'ordering each row to avoid crossings',
  positioning: 'placing the boxes',
  routing: 'routing the links',
  done: 'drawing',
};

/** 1000 → "1,000" without toLocaleString, whose first call loads the number formats (~8 ms, traced) in the task that opens a big map. */
function withThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function LayoutProgress() {
  const job = useMapStore(
    useShallow((s) => (s.layoutJob && s.map ? { claims: s.map.nodes.length, step: s.layoutJob.step, drawn: s.layout !== null } : null)),
  );
  if (!job) return null;
  const share = job.step?.share ?? 0;
  return (
    <div className={job.drawn ? 'layout-progress layout-progress--over-map' : 'layout-progress'}>
      <p role="status" aria-live="polite" className="layout-progress__words">
        Laying out {withThousands(job.claims)} nodes…
      </p>
      <progress className="layout-progress__bar" aria-label="Layout progress" max={1} value={share} />
      <p className="layout-progress__step" aria-hidden="true">
        {job.step ? STEP_WORDS[job.step.name] : 'starting'}
      </p>
    </div>
  );
}
