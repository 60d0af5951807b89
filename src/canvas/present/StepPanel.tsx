// The presentation's side panel: the current step's claim in words — note, text, status (or "?" until revealed), sources with quotes, flags with their Why?.
import { useShallow } from 'zustand/react/shallow';
import { outlineItemsOf, outlineSourceOf } from '../../state/outlineView.ts';
import { stagedStepOf } from '../../state/stagedView.ts';
import { presentOrder } from '../../state/teachingState.ts';
import { useMapStore } from '../../state/useMapStore.ts';
import { ClaimBadges } from '../outline/ClaimBadges.tsx';
import { ClaimSources } from '../outline/ClaimSources.tsx';

export function StepPanel() {
  const { map, presenting, mode } = useMapStore(useShallow((s) => ({ map: s.map, presenting: s.presenting, mode: s.evaluationMode })));
  if (!map) return null;
  const step = presenting?.step ?? 0;
  // The marks and flags this step has revealed (staged reveal), as on the canvas.
  const staged = stagedStepOf(map, presenting, mode);
  const items = outlineItemsOf(staged ? { map: staged.map, evaluation: staged.evaluation, practice: false, order: presentOrder(map) } : outlineSourceOf(map, mode));
  // By id: the canvas follows the map's step order, which a practice outline does not (it gives no mark away).
  const order = presentOrder(map);
  const currentId = order[Math.min(step, order.length) - 1];
  const item = items.find((entry) => entry.id === currentId);
  if (!item) return null;
  const note = map.story?.find((entry) => entry.id === item.id)?.note;
  return (
    <section className="step-panel" aria-labelledby="step-panel-title">
      <ClaimBadges kind={item.kind} status={item.status} date={item.date} markHidden={staged?.hiddenMarks.has(item.id)} />
      <h2 id="step-panel-title" className="step-panel__title">
        {item.label}
      </h2>
      {note && (
        <p className="step-panel__note">
          <span className="visually-hidden">Note: </span>
          {note}
        </p>
      )}
      {item.text && <p className="step-panel__text">{item.text}</p>}
      {item.flags.map((flag) => (
        <div key={flag.kind} className="step-panel__flag" role="note">
          <p className="step-panel__flag-title">
            <span aria-hidden="true">⚑</span> {flag.title}
          </p>
          <details open>
            <summary>Why?</summary>
            <ul>
              {flag.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </details>
        </div>
      ))}
      <ClaimSources sources={item.sources} />
    </section>
  );
}
