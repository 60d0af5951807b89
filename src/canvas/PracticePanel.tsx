// Practice mode's panel: how to play, "Check", the score with what agrees and differs, and the way back.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { lightTheme } from '../export/svg/theme.ts';
import { practiceResultOf } from '../state/evaluationView.ts';
import { useMapStore } from '../state/useMapStore.ts';
import { HandoutExport } from './HandoutExport.tsx';
import { usePracticeMarksSync } from './usePracticeMarksSync.ts';
import './evaluation.css';

export function PracticePanel() {
  usePracticeMarksSync();
  const { map, mode, check, keep, clear, leave, why } = useMapStore(
    useShallow((s) => ({
      map: s.map,
      mode: s.evaluationMode,
      check: s.checkPractice,
      keep: s.keepPracticing,
      clear: s.clearPracticeMarks,
      leave: s.backToRealMarks,
      why: s.openWhy,
    })),
  );
  const result = useMemo(() => (map && mode.kind === 'practice' && mode.checked ? practiceResultOf(map, mode.marks) : null), [map, mode]);
  if (!map || mode.kind !== 'practice') return null;
  const labels = new Map(map.nodes.map((claim) => [claim.id, claim.label]));
  const marked = Object.keys(mode.marks).length;
  const word = (status: keyof typeof lightTheme.statuses) => lightTheme.statuses[status].word;
  return (
    <section className="side-panel side-panel--practice" aria-label="Practice">
      <h2>Practice</h2>
      {!result && (
        <>
          <p>The map’s statuses are hidden. Select a node and mark it with the status buttons (keys S, R, C, U), then press Check.</p>
          <p>
            {marked} of {map.nodes.length} nodes marked.
          </p>
        </>
      )}
      {result && (
        <>
          <p className="practice-score" role="status">
            Score: {result.score.correct} of {result.score.total}
          </p>
          <p>
            {result.agree.length} agree · {result.differ.length} differ · {result.unmarked.length} not marked
          </p>
          {result.differ.length > 0 && (
            <>
              <h3>Where your marks differ</h3>
              <ul aria-label="Marks that differ">
                {result.differ.map((d) => (
                  <li key={d.id}>
                    {labels.get(d.id)}: you marked {word(d.given)}, the map says <strong>{word(d.expected)}</strong>{' '}
                    <button type="button" className="button button--quiet" aria-label={`Why does the map mark ${labels.get(d.id) ?? d.id} ${word(d.expected)}?`} onClick={() => why(d.id)}>
                      Why?
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <div className="side-panel__actions">
        {result ? (
          <button type="button" className="button" onClick={keep}>
            Keep practicing
          </button>
        ) : (
          <button type="button" className="button" onClick={check}>
            Check
          </button>
        )}
        <button type="button" className="button" onClick={clear} disabled={marked === 0}>
          Clear my marks
        </button>
        <button type="button" className="button" onClick={leave}>
          Leave practice
        </button>
      </div>
      <HandoutExport />
    </section>
  );
}
