// In practice the status row shows the student's own mark (or "?") and, after Check, whether it agrees with the map.
import type { CSSProperties } from 'react';
import { STATUS_ROW } from '../layout/nodeMetrics.ts';
import { lightTheme } from '../export/svg/theme.ts';
import type { PracticeView } from '../state/evaluationView.ts';
import { ThemeIcon } from './ThemeIcon.tsx';
import './evaluation.css';

const UNMARKED = { word: 'Your mark?', color: '#1e3a8a', background: '#ffffff' };
const VERDICTS = {
  agree: { word: 'Agrees', icon: lightTheme.statuses.supported.icon, className: 'practice-verdict practice-verdict--agree' },
  differ: { word: 'Differs', icon: lightTheme.statuses.refuted.icon, className: 'practice-verdict practice-verdict--differ' },
} as const;

export function PracticeMark({ practice, style }: { practice: PracticeView; style: CSSProperties }) {
  const mark = practice.mark ? lightTheme.statuses[practice.mark] : null;
  /** An unmarked claim already says "Your mark?"; a second word for it on every such box would only add noise. */
  const verdict = practice.verdict && practice.verdict !== 'unmarked' ? VERDICTS[practice.verdict] : null;
  return (
    <div className="practice-row" style={{ ...style, height: STATUS_ROW }} data-practice-mark={practice.mark ?? 'none'} data-verdict={practice.verdict ?? undefined}>
      {mark ? (
        <span className="practice-row__mark" style={{ color: mark.color, background: mark.background }}>
          <ThemeIcon icon={mark.icon} />
          {mark.word}
        </span>
      ) : (
        <span className="practice-row__mark practice-row__mark--empty" style={{ color: UNMARKED.color, background: UNMARKED.background }}>
          {UNMARKED.word}
        </span>
      )}
      {verdict && (
        <span className={verdict.className}>
          <ThemeIcon icon={verdict.icon} />
          {verdict.word}
        </span>
      )}
    </div>
  );
}
