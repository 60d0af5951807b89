// The "Why?" panel: the exact paths behind each flag of one claim, and in a checked practice round the map's mark and grounds.
import { useEffect, useId, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { FLAG_STYLES } from '../export/svg/flagTheme.ts';
import { lightTheme } from '../export/svg/theme.ts';
import { claimGrounds } from '../model/claimGrounds.ts';
import { claimFlags, type ClaimFlagKind } from '../model/evaluateMap.ts';
import { explainFlag, explainRule, flagTitle } from '../model/explainFlag.ts';
import { evaluationOf, shownMapOf } from '../state/evaluationView.ts';
import { useMapStore, useMapStoreApi } from '../state/useMapStore.ts';
import { ThemeIcon } from './ThemeIcon.tsx';
import './evaluation.css';

function focusWhyButton(id: string) {
  const button = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"] .flag-why`);
  (button ?? document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`))?.focus();
}

export function WhyPanel() {
  const store = useMapStoreApi();
  const { id, map, mode } = useMapStore(useShallow((s) => ({ id: s.whyOpen, map: s.map, mode: s.evaluationMode })));
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useMemo(() => (map ? shownMapOf(map, mode) : null), [map, mode]);
  const claim = shown?.nodes.find((c) => c.id === id);

  useEffect(() => {
    if (id) heading.current?.focus();
  }, [id]);

  if (!id || !shown || !map || !claim) return null;
  const practice = mode.kind === 'practice' ? mode : null;
  const flags = practice && !practice.checked ? [] : claimFlags(evaluationOf(shown), id);
  const close = () => {
    store.getState().openWhy(null);
    focusWhyButton(id);
  };
  const mark = practice ? practice.marks[id] : undefined;
  const real = map.nodes.find((c) => c.id === id)?.status;
  return (
    <section
      className="side-panel"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <div className="side-panel__head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Why is “{claim.label}” flagged?
        </h2>
        <button type="button" className="button button--quiet" onClick={close} aria-label="Close the explanation">
          Close
        </button>
      </div>
      {practice?.checked && real && (
        <p>
          You marked it <strong>{mark ? lightTheme.statuses[mark].word : 'nothing'}</strong>; the map marks it{' '}
          <strong>{lightTheme.statuses[real].word}</strong>.
        </p>
      )}
      {flags.length === 0 && <p>Nothing flags it with the marks as they are now.</p>}
      {flags.map((flag) => (
        <div key={flag.kind} data-flag-reasons={flag.kind}>
          <h3>
            <span className="legend__flag" style={{ color: FLAG_STYLES[flag.kind as ClaimFlagKind].color, background: FLAG_STYLES[flag.kind as ClaimFlagKind].background }}>
              <ThemeIcon icon={FLAG_STYLES[flag.kind as ClaimFlagKind].icon} />
              {FLAG_STYLES[flag.kind as ClaimFlagKind].word}
            </span>
            {flagTitle(flag)}
          </h3>
          {explainRule(flag) && <p data-flag-rule={flag.kind}>{explainRule(flag)}</p>}
          <ul>
            {explainFlag(shown, flag).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
      {practice?.checked && claimGrounds(map, id).length > 0 && (
        <div>
          <h3>What bears on it in the map</h3>
          <ul>
            {claimGrounds(map, id).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
