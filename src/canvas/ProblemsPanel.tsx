// Lists why a map could not be opened, path by path, while the map on screen stays as it was.
import { useShallow } from 'zustand/react/shallow';
import { formatPath } from '../model/problems.ts';
import { useMapStore } from '../state/useMapStore.ts';
import './ProblemsPanel.css';

export function ProblemsPanel() {
  const { loadProblems, hasMap, dismiss } = useMapStore(
    useShallow((s) => ({ loadProblems: s.loadProblems, hasMap: s.map !== null, dismiss: s.dismissProblems })),
  );
  if (!loadProblems) return null;
  return (
    <section className="problems" role="alert" aria-labelledby="problems-title">
      <div className="problems__head">
        <h2 id="problems-title" className="problems__title">
          {loadProblems.title}
        </h2>
        <button type="button" className="button button--quiet" onClick={dismiss}>
          Dismiss
        </button>
      </div>
      <ul className="problems__list">
        {loadProblems.problems.map((problem, i) => (
          <li key={i}>
            {problem.path.length > 0 && (
              <>
                <code>{formatPath(problem.path)}</code>:{' '}
              </>
            )}
            {problem.message}
          </li>
        ))}
      </ul>
      <p className="problems__note">{hasMap ? 'The map on screen was left as it was.' : 'No map is open.'}</p>
    </section>
  );
}
