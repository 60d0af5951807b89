// The toolbar's two evaluation toggles: "What if…" (temporary marks) and "Practice" (hidden marks for students).
import { useShallow } from 'zustand/react/shallow';
import { useMapStore } from '../state/useMapStore.ts';
import './evaluation.css';

export function EvaluationControls() {
  const { mode, hasMap, enterWhatIf, enterPractice, backToRealMarks } = useMapStore(
    useShallow((s) => ({
      mode: s.evaluationMode.kind,
      hasMap: s.map !== null,
      enterWhatIf: s.enterWhatIf,
      enterPractice: s.enterPractice,
      backToRealMarks: s.backToRealMarks,
    })),
  );
  const toggle = (kind: 'whatIf' | 'practice', enter: () => void) => () => {
    if (mode === kind) backToRealMarks();
    else {
      if (mode !== 'real') backToRealMarks();
      enter();
    }
  };
  return (
    <div className="edit-toolbar__group" role="group" aria-label="Evaluation">
      <button
        type="button"
        className="button evaluation-toggle"
        aria-pressed={mode === 'whatIf'}
        disabled={!hasMap}
        onClick={toggle('whatIf', enterWhatIf)}
        title="Try other statuses for a moment: nothing is saved"
      >
        What if…
      </button>
      <button
        type="button"
        className="button evaluation-toggle"
        aria-pressed={mode === 'practice'}
        disabled={!hasMap}
        onClick={toggle('practice', enterPractice)}
        title="Hide the statuses and mark the nodes yourself, then check"
      >
        Practice
      </button>
    </div>
  );
}
