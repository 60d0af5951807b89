// A claim's kind and status as words with their icons (never colour alone), and its flags as named marks.
import { lightTheme } from '../../export/svg/theme.ts';
import type { OutlineFlag } from '../../model/outline.ts';
import type { ClaimKind, Status } from '../../model/schema.ts';
import { HiddenMarkBadge } from '../HiddenMarkBadge.tsx';
import { ThemeIcon } from '../ThemeIcon.tsx';
import './ClaimBadges.css';

interface ClaimBadgesProps {
  kind: ClaimKind;
  status: Status;
  date?: string;
  flags?: readonly OutlineFlag[];
  /** A presentation step has not revealed the mark yet: "?" in place of the status. */
  markHidden?: boolean;
}

export function ClaimBadges({ kind, status, date, flags = [], markHidden = false }: ClaimBadgesProps) {
  const kindStyle = lightTheme.kinds[kind];
  const statusStyle = lightTheme.statuses[status];
  return (
    <p className="claim-badges">
      <span className="claim-badges__kind" style={{ color: kindStyle.stroke }}>
        <ThemeIcon icon={kindStyle.icon} />
        {kindStyle.word}
      </span>
      {markHidden ? (
        <HiddenMarkBadge className="claim-badges__status" />
      ) : (
        <span className="claim-badges__status" style={{ color: statusStyle.color, background: statusStyle.background }}>
          <ThemeIcon icon={statusStyle.icon} />
          {statusStyle.word}
        </span>
      )}
      {date && <span className="claim-badges__date">{date}</span>}
      {flags.map((flag) => (
        <span key={flag.kind} className="claim-badges__flag">
          <span aria-hidden="true">⚑</span> {flag.title}
        </span>
      ))}
    </p>
  );
}
