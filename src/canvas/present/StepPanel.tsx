// The presentation's side panel: the current step's claim in words — note, text, status, sources with quotes, flags with their Why?.
import { useShallow } from 'zustand/react/shallow';
import { outlineItemsOf, outlineSourceOf } from '../../state/outlineView.ts';
import { useMapStore } from '../../state/useMapStore.ts';
import { ClaimBadges } from '../outline/ClaimBadges.tsx';
import { ClaimSources } from '../outline/ClaimSources.tsx';

export function StepPanel() {
  const { map, step, mode } = useMapStore(useShallow((s) => ({ map: s.map, step: s.presenting?.step ?? 0, mode: s.evaluationMode })));
  if (!map) return null;
  const items = outlineItemsOf(outlineSourceOf(map, mode));
  const item = items[Math.min(step, items.length) - 1];
  if (!item) return null;
  const note = map.story?.find((entry) => entry.id === item.id)?.note;
  return (
    <section className="step-panel" aria-labelledby="step-panel-title">
      <ClaimBadges kind={item.kind} status={item.status} date={item.date} />
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
