// Alerts about editing that must be seen: a refused edit and its reason, a failed save, a browser that keeps no working copy.
import { useShallow } from 'zustand/react/shallow';
import { formatProblem } from '../model/problems.ts';
import { useMapStore } from '../state/useMapStore.ts';

export function EditAlerts() {
  const { refusal, dismissRefusal, save, dismissSave, storageProblem } = useMapStore(
    useShallow((s) => ({
      refusal: s.refusal,
      dismissRefusal: s.dismissRefusal,
      save: s.save,
      dismissSave: s.dismissSaveProblem,
      storageProblem: s.workingCopyProblem,
    })),
  );
  return (
    <>
      {refusal && (
        <div className="notice notice--refusal" role="alert" key={refusal.id}>
          <p className="notice__text">
            <strong>Not done:</strong> {refusal.text}
          </p>
          <button type="button" className="button button--small" onClick={dismissRefusal}>
            Dismiss
          </button>
        </div>
      )}
      {save.kind === 'failed' && (
        <div className="notice notice--refusal" role="alert">
          <div className="notice__text">
            <p>{save.message}</p>
            {save.problems.length > 0 && (
              <ul>
                {save.problems.map((problem, i) => (
                  <li key={i}>{formatProblem(problem)}</li>
                ))}
              </ul>
            )}
          </div>
          <button type="button" className="button button--small" onClick={dismissSave}>
            Dismiss
          </button>
        </div>
      )}
      {storageProblem && (
        <div className="notice notice--storage" role="alert">
          <p className="notice__text">{storageProblem}</p>
        </div>
      )}
    </>
  );
}
